package org.entekhabat.stations.web;

import java.time.LocalDate;
import java.util.List;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.stations.Blocker;
import org.entekhabat.stations.DeficiencyCategory;
import org.entekhabat.stations.DeficiencyStatus;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationAccess;
import org.entekhabat.stations.StationChecklist;
import org.entekhabat.stations.Stations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Persian pages of the registry, a station's checklist and the provincial HQ roll-up. Each one
 * applies {@link StationAccess}: lists show the user's jurisdiction, changes need a manager's role there.
 */
@Controller
class StationPages {

    private final Stations stations;
    private final DivisionNames names;
    private final StationAccess access;
    private final StaffAccounts accounts;

    StationPages(Stations stations, DivisionNames names, StationAccess access, StaffAccounts accounts) {
        this.stations = stations;
        this.names = names;
        this.access = access;
        this.accounts = accounts;
    }

    record Row(Station station, boolean complete, List<Blocker> blockers) {}

    @GetMapping("/stations")
    String list(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        var area = access.area(province, county, StationAccess.READERS);
        CurrentUser user = CurrentUser.get().orElseThrow();
        List<Row> rows = area.map(a -> stations.checklists(a.provinceId(), a.countyId())).orElse(List.of()).stream()
                .filter(c -> access.visible(user, c.station())).map(this::row).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("province", area.map(StationAccess.Area::provinceId).orElse(null));
        model.addAttribute("county", area.map(StationAccess.Area::countyId).orElse(null));
        model.addAttribute("names", names);
        model.addAttribute("completeCount", rows.stream().filter(Row::complete).count());
        return "stations/list";
    }

    @GetMapping("/stations/{code}")
    String station(@PathVariable String code, Model model) {
        access.requireRead(stations.get(code));
        StationChecklist c = stations.checklist(code);
        model.addAttribute("c", c);
        model.addAttribute("s", c.station());
        model.addAttribute("canChange", access.canChange(c.station()));
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
        var area = access.managedArea(province, county);
        model.addAttribute("rollup", stations.rollup(area.provinceId(), area.countyId()));
        model.addAttribute("province", area.provinceId());
        model.addAttribute("county", area.countyId());
        model.addAttribute("names", names);
        model.addAttribute("statuses", DeficiencyStatus.values());
        return "stations/hq";
    }

    @PostMapping("/stations/{code}/power")
    String power(@PathVariable String code, @RequestParam(defaultValue = "false") boolean grid,
                 @RequestParam(defaultValue = "false") boolean ups, @RequestParam(defaultValue = "false") boolean generator) {
        var user = access.requireChange(stations.get(code));
        stations.recordPower(code, grid, ups, generator, user.username());
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/device-tests")
    String deviceTest(@PathVariable String code, @RequestParam String deviceId, @RequestParam boolean passed,
                      @RequestParam(defaultValue = "") String note) {
        var user = access.requireChange(stations.get(code));
        stations.recordDeviceTest(code, deviceId, passed, note, user.username());
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/deficiencies")
    String deficiency(@PathVariable String code, @RequestParam DeficiencyCategory category, @RequestParam String description,
                      @RequestParam String owner, @RequestParam(required = false) LocalDate dueDate) {
        var user = access.requireChange(stations.get(code));
        stations.reportDeficiency(code, category, description, owner, dueDate, user.username());
        return "redirect:/stations/" + code;
    }

    @PostMapping("/stations/{code}/staff")
    String staff(@PathVariable String code, @RequestParam String username, @RequestParam String role) {
        var user = access.requireChange(stations.get(code));
        accounts.requireExists(username);
        stations.assign(code, username.trim(), role, user.username());
        return "redirect:/stations/" + code;
    }

    /** Marks a deficiency (e.g. FIXED) from a station page or the HQ page, then returns there. */
    @PostMapping("/stations/deficiencies/{id}/status")
    String status(@PathVariable long id, @RequestParam DeficiencyStatus status, @RequestParam(defaultValue = "") String back) {
        var user = access.requireChange(stations.get(stations.deficiency(id).stationCode()));
        var d = stations.setDeficiencyStatus(id, status, user.username());
        return "redirect:" + (back.startsWith("/stations") ? back : "/stations/" + d.stationCode());
    }

    private Row row(StationChecklist c) {
        var b = stations.blockers(c);
        return new Row(c.station(), b.isEmpty(), b);
    }
}
