package org.entekhabat.drills.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entekhabat.drills.DrillCsv;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.drills.DrillProgress;
import org.entekhabat.drills.Drills;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.platform.DomainException;
import org.entekhabat.stations.DivisionNames;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The drills page for the national and provincial HQ: a form to start a drill, the recent drills,
 * and each drill's report with a progress bar that polls {@code /drills/{id}/status} while it runs.
 */
@Controller
class DrillPages {

    private final Drills drills;
    private final Access access;
    private final DivisionNames names;

    DrillPages(Drills drills, Access access, DivisionNames names) {
        this.drills = drills;
        this.access = access;
        this.names = names;
    }

    @GetMapping("/drills")
    String list(Model model) {
        var user = access.requireRole(DrillScope.ROLES);
        model.addAttribute("runs", drills.recent(50).stream().filter(r -> DrillScope.canRead(access, r)).toList());
        String own = user.jurisdiction().level() == JurisdictionLevel.PROVINCE ? user.jurisdiction().code() : null;
        model.addAttribute("ownProvince", own);
        model.addAttribute("provinces", own == null ? names.provinces() : Map.of(own, names.province(own)));
        model.addAttribute("names", names);
        return "drills/list";
    }

    @PostMapping("/drills")
    String start(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
                 @RequestParam(defaultValue = "20") String stations, @RequestParam(defaultValue = "100") String voters,
                 @RequestParam(defaultValue = "0") String rate, @RequestParam(defaultValue = "false") boolean linkFailure) {
        var plan = DrillPlan.of(province, county, number(stations), number(voters), number(rate), linkFailure);
        var user = DrillScope.requireStart(access, plan.provinceId(), plan.countyId());
        String id = drills.start(plan, user.username());
        return "redirect:/drills/" + id;
    }

    @GetMapping("/drills/{id}")
    String report(@PathVariable String id, Model model) {
        var report = drills.report(id).orElseThrow(() -> notFound(id));
        DrillScope.requireRead(access, report.run());
        model.addAttribute("report", report);
        model.addAttribute("run", report.run());
        model.addAttribute("progress", drills.progress(id).orElseThrow());
        model.addAttribute("names", names);
        return "drills/report";
    }

    @GetMapping(path = "/drills/{id}/status", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> status(@PathVariable String id) {
        var run = drills.find(id).orElseThrow(() -> notFound(id));
        DrillScope.requireRead(access, run);
        return statusJson(drills.progress(id).orElseThrow());
    }

    @GetMapping(path = "/drills/{id}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> json(@PathVariable String id) {
        var report = drills.report(id).orElseThrow(() -> notFound(id));
        DrillScope.requireRead(access, report.run());
        return report.json();
    }

    @GetMapping("/drills/{id}/report.csv")
    ResponseEntity<String> csv(@PathVariable String id) {
        var report = drills.report(id).orElseThrow(() -> notFound(id));
        DrillScope.requireRead(access, report.run());
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"drill-" + id + ".csv\"")
                .body(DrillCsv.write(report));
    }

    static Map<String, Object> statusJson(DrillProgress p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("progress", p);
        m.put("percent", p.percent());
        m.put("finished", p.finished());
        return m;
    }

    static DomainException notFound(String id) {
        return DomainException.notFound("drill.not-found", "مانوری با شناسهٔ " + id + " یافت نشد.", "No drill " + id + ".");
    }

    static int number(String text) {
        String v = org.entekhabat.platform.PersianNumbers.latin(text == null ? "" : text).strip();
        if (!v.matches("\\d{1,6}")) {
            throw DomainException.badInput("drill.number", "«" + text + "» عدد درستی نیست.", "'" + text + "' is not a number.");
        }
        return Integer.parseInt(v);
    }
}
