package org.entekhabat.stations.web;

import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import org.entekhabat.stations.Blocker;
import org.entekhabat.stations.DeficiencyCategory;
import org.entekhabat.stations.DeficiencyStatus;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationChecklist;
import org.entekhabat.stations.Stations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Persian pages of the registry, a station's checklist and the provincial HQ roll-up. */
@Controller
class StationPages {

    private final Stations stations;
    private final DivisionNames names;

    StationPages(Stations stations, DivisionNames names) {
        this.stations = stations;
        this.names = names;
    }

    record Row(Station station, boolean complete, List<Blocker> blockers) {}

    @GetMapping("/stations")
    String list(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        province = StationsApi.blankToNull(province);
        county = StationsApi.blankToNull(county);
        List<Row> rows = stations.checklists(province, county).stream().map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("province", province);
        model.addAttribute("county", county);
        model.addAttribute("names", names);
        model.addAttribute("completeCount", rows.stream().filter(Row::complete).count());
        return "stations/list";
    }

    @GetMapping("/stations/{code}")
    String station(@PathVariable String code, Model model) {
        StationChecklist c = stations.checklist(code);
        model.addAttribute("c", c);
        model.addAttribute("s", c.station());
        model.addAttribute("blockers", stations.blockers(c));
        model.addAttribute("staff", stations.staffOf(code));
        model.addAttribute("linkTests", stations.linkTests(code, 5));
        model.addAttribute("names", names);
        model.addAttribute("categories", DeficiencyCategory.values());
        model.addAttribute("statuses", DeficiencyStatus.values());
        model.addAttribute("policy", stations.policy());
        return "stations/station";
    }

    @GetMapping("/stations/hq")
    String hq(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        province = StationsApi.blankToNull(province);
        county = StationsApi.blankToNull(county);
        model.addAttribute("rollup", stations.rollup(province, county));
        model.addAttribute("province", province);
        model.addAttribute("county", county);
        model.addAttribute("names", names);
        model.addAttribute("statuses", DeficiencyStatus.values());
        return "stations/hq";
    }

    @PostMapping("/stations/{code}/power")
    String power(@PathVariable String code, @RequestParam(defaultValue = "false") boolean grid,
                 @RequestParam(defaultValue = "false") boolean ups, @RequestParam(defaultValue = "false") boolean generator,
                 Principal principal) {
        stations.recordPower(code, grid, ups, generator, StationsApi.actor(principal, "web"));
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/device-tests")
    String deviceTest(@PathVariable String code, @RequestParam String deviceId, @RequestParam boolean passed,
                      @RequestParam(defaultValue = "") String note, Principal principal) {
        stations.recordDeviceTest(code, deviceId, passed, note, StationsApi.actor(principal, "web"));
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/deficiencies")
    String deficiency(@PathVariable String code, @RequestParam DeficiencyCategory category, @RequestParam String description,
                      @RequestParam String owner, @RequestParam(required = false) LocalDate dueDate, Principal principal) {
        stations.reportDeficiency(code, category, description, owner, dueDate, StationsApi.actor(principal, "web"));
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/staff")
    String staff(@PathVariable String code, @RequestParam String username, @RequestParam String role, Principal principal) {
        stations.assign(code, username.trim(), role, StationsApi.actor(principal, "web"));
        return "redirect:/stations/" + code;
    }

    /** Marks a deficiency (e.g. FIXED) from a station page or the HQ page, then returns there. */
    @PostMapping("/stations/deficiencies/{id}/status")
    String status(@PathVariable long id, @RequestParam DeficiencyStatus status,
                  @RequestParam(defaultValue = "") String back, Principal principal) {
        var d = stations.setDeficiencyStatus(id, status, StationsApi.actor(principal, "web"));
        return "redirect:" + (back.startsWith("/stations") ? back : "/stations/" + d.stationCode());
    }

    private Row row(StationChecklist c) {
        var b = stations.blockers(c);
        return new Row(c.station(), b.isEmpty(), b);
    }
}
