package org.entekhabat.stations.web;

import java.net.URI;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entekhabat.stations.Blocker;
import org.entekhabat.stations.ChecklistRollup;
import org.entekhabat.stations.Deficiency;
import org.entekhabat.stations.DeficiencyCategory;
import org.entekhabat.stations.DeficiencyStatus;
import org.entekhabat.stations.DeviceSelfTest;
import org.entekhabat.stations.LinkTest;
import org.entekhabat.stations.LinkTestReport;
import org.entekhabat.stations.PowerCheck;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The station registry and checklist as JSON (ISO dates, Latin digits). */
@RestController
@RequestMapping("/api/stations")
class StationsApi {

    private final Stations stations;

    StationsApi(Stations stations) {
        this.stations = stations;
    }

    @GetMapping
    List<Station> list(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return stations.list(blankToNull(province), blankToNull(county));
    }

    @PostMapping
    Station save(@RequestBody Station station, Principal principal) {
        return stations.save(station, actor(principal, "api"));
    }

    @GetMapping("/{code}")
    Station get(@PathVariable String code) {
        return stations.get(code);
    }

    record ChecklistView(Station station, boolean complete, List<Blocker> blockers, LinkTest latestLinkTest,
                         PowerCheck power, Map<String, DeviceSelfTest> deviceTests, List<Deficiency> deficiencies,
                         List<StaffAssignment> staff) {}

    @GetMapping("/{code}/checklist")
    ChecklistView checklist(@PathVariable String code) {
        var c = stations.checklist(code);
        var blockers = stations.blockers(c);
        return new ChecklistView(c.station(), blockers.isEmpty(), blockers, c.latestLinkTest().orElse(null),
                c.power().orElse(null), c.latestDeviceTests(), c.deficiencies(), stations.staffOf(code));
    }

    /** Posted by {@code entekhabat station link-test} from the station's node. */
    @PostMapping("/{code}/link-tests")
    ResponseEntity<LinkTest> linkTest(@PathVariable String code, @RequestBody LinkTestReport report) {
        var saved = stations.recordLinkTest(code, report, "station:" + code);
        return ResponseEntity.created(URI.create("/api/stations/" + code + "/link-tests/" + saved.id())).body(saved);
    }

    @GetMapping("/{code}/link-tests")
    List<LinkTest> linkTests(@PathVariable String code) {
        stations.get(code);
        return stations.linkTests(code, 50);
    }

    record DeviceTestRequest(String deviceId, boolean passed, String note) {}

    @PostMapping("/{code}/device-tests")
    Map<String, Object> deviceTest(@PathVariable String code, @RequestBody DeviceTestRequest r) {
        stations.recordDeviceTest(code, r.deviceId(), r.passed(), r.note(), "station:" + code);
        return Map.of("station", code, "deviceId", r.deviceId(), "passed", r.passed());
    }

    record PowerRequest(boolean grid, boolean ups, boolean generator) {}

    @PutMapping("/{code}/power")
    PowerCheck power(@PathVariable String code, @RequestBody PowerRequest r, Principal principal) {
        return stations.recordPower(code, r.grid(), r.ups(), r.generator(), actor(principal, "api"));
    }

    record DeficiencyRequest(DeficiencyCategory category, String description, String owner, LocalDate dueDate) {}

    @PostMapping("/{code}/deficiencies")
    Deficiency deficiency(@PathVariable String code, @RequestBody DeficiencyRequest r, Principal principal) {
        return stations.reportDeficiency(code, r.category(), r.description(), r.owner(), r.dueDate(), actor(principal, "api"));
    }

    record StatusRequest(DeficiencyStatus status) {}

    @PostMapping("/deficiencies/{id}/status")
    Deficiency status(@PathVariable long id, @RequestBody StatusRequest r, Principal principal) {
        return stations.setDeficiencyStatus(id, r.status(), actor(principal, "api"));
    }

    record StaffRequest(String username, String role) {}

    @PostMapping("/{code}/staff")
    List<StaffAssignment> assign(@PathVariable String code, @RequestBody StaffRequest r, Principal principal) {
        stations.assign(code, r.username(), r.role(), actor(principal, "api"));
        return stations.staffOf(code);
    }

    /** The checklist per county for the provincial HQ; finalised = every station's checklist complete. */
    @GetMapping("/checklists")
    ChecklistRollup rollup(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return stations.rollup(blankToNull(province), blankToNull(county));
    }

    @GetMapping("/deficiencies")
    List<Deficiency> deficiencies(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return stations.deficiencies(blankToNull(province), blankToNull(county));
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String actor(Principal principal, String fallback) {
        return principal == null ? fallback : principal.getName();
    }
}
