package org.entekhabat.drills.web;

import java.util.List;
import java.util.Map;
import org.entekhabat.drills.DrillCsv;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.DrillRun;
import org.entekhabat.drills.Drills;
import org.entekhabat.identity.Access;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Drills over the API (HTTP Basic): start one, poll its status, read its report as JSON or CSV. */
@RestController
class DrillApi {

    private final Drills drills;
    private final Access access;

    DrillApi(Drills drills, Access access) {
        this.drills = drills;
        this.access = access;
    }

    /** What a client may choose; the rest takes the defaults of the page. */
    record StartRequest(String provinceId, String countyId, Integer stations, Integer votersPerStation, Integer ratePerMinute,
                        Boolean linkFailure) {}

    @PostMapping(path = "/api/drills", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> start(@RequestBody StartRequest body) {
        var plan = DrillPlan.of(body.provinceId(), body.countyId(), orElse(body.stations(), 20), orElse(body.votersPerStation(), 100),
                orElse(body.ratePerMinute(), 0), Boolean.TRUE.equals(body.linkFailure()));
        var user = DrillScope.requireStart(access, plan.provinceId(), plan.countyId());
        String id = drills.start(plan, user.username());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("id", id, "status", "/api/drills/" + id + "/status",
                "report", "/api/drills/" + id));
    }

    @GetMapping("/api/drills")
    List<DrillRun> list() {
        access.requireRole(DrillScope.ROLES);
        return drills.recent(50).stream().filter(r -> DrillScope.canRead(access, r)).toList();
    }

    @GetMapping("/api/drills/{id}/status")
    Map<String, Object> status(@PathVariable String id) {
        var run = drills.find(id).orElseThrow(() -> DrillPages.notFound(id));
        DrillScope.requireRead(access, run);
        return DrillPages.statusJson(drills.progress(id).orElseThrow());
    }

    @GetMapping("/api/drills/{id}")
    Map<String, Object> report(@PathVariable String id) {
        var report = drills.report(id).orElseThrow(() -> DrillPages.notFound(id));
        DrillScope.requireRead(access, report.run());
        return report.json();
    }

    @GetMapping("/api/drills/{id}/stations.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        var report = drills.report(id).orElseThrow(() -> DrillPages.notFound(id));
        DrillScope.requireRead(access, report.run());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(DrillCsv.write(report));
    }

    private static int orElse(Integer v, int fallback) {
        return v == null ? fallback : v;
    }
}
