package org.entekhabat.stations.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.stations.Blocker;
import org.entekhabat.stations.ChecklistRollup;
import org.entekhabat.stations.Deficiency;
import org.entekhabat.stations.DeficiencyCategory;
import org.entekhabat.stations.DeficiencyStatus;
import org.entekhabat.stations.DeviceSelfTest;
import org.entekhabat.stations.LinkTest;
import org.entekhabat.stations.PowerCheck;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationAccess;
import org.entekhabat.stations.Stations;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The station registry and checklist as JSON (ISO dates, Latin digits), under the access rule of
 * {@link StationAccess}. A station's own node reports its link and device tests through the signed
 * {@code /station-api} ({@link StationDeviceApi}), not here.
 */
@RestController
@RequestMapping("/api/stations")
class StationsApi {

    private final Stations stations;
    private final StationAccess access;
    private final Access rules;
    private final StaffAccounts accounts;

    StationsApi(Stations stations, StationAccess access, Access rules, StaffAccounts accounts) {
        this.stations = stations;
        this.access = access;
        this.rules = rules;
        this.accounts = accounts;
    }

    @GetMapping
    List<Station> list(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        var area = access.area(province, county, StationAccess.READERS);
        CurrentUser user = CurrentUser.get().orElseThrow();
        return area.map(a -> stations.list(a.provinceId(), a.countyId())).orElse(List.of()).stream()
                .filter(s -> access.visible(user, s)).toList();
    }

    /** Creates or replaces a station: the manager must hold its county, and the county it had before. */
    @PostMapping
    Station save(@RequestBody Station station) {
        CurrentUser user = rules.requireRole(StationAccess.MANAGERS);
        if (station.code() != null) stations.find(station.code()).ifPresent(access::requireChange);
        // a county outside the official codes lies in no one's jurisdiction but the nation's
        rules.requireChange(StationAccess.county(station.countyId()).orElse(Jurisdiction.NATION), StationAccess.MANAGERS);
        return stations.save(station, user.username());
    }

    @GetMapping("/{code}")
    Station get(@PathVariable String code) {
        var s = stations.get(code);
        access.requireRead(s);
        return s;
    }

    record ChecklistView(Station station, boolean complete, List<Blocker> blockers, LinkTest latestLinkTest,
                         PowerCheck power, Map<String, DeviceSelfTest> deviceTests, List<Deficiency> deficiencies,
                         List<StaffAssignment> staff) {}

    @GetMapping("/{code}/checklist")
    ChecklistView checklist(@PathVariable String code) {
        access.requireRead(stations.get(code));
        var c = stations.checklist(code);
        var blockers = stations.blockers(c);
        return new ChecklistView(c.station(), blockers.isEmpty(), blockers, c.latestLinkTest().orElse(null),
                c.power().orElse(null), c.latestDeviceTests(), c.deficiencies(), stations.staffOf(code));
    }

    @GetMapping("/{code}/link-tests")
    List<LinkTest> linkTests(@PathVariable String code) {
        access.requireRead(stations.get(code));
        return stations.linkTests(code, 50);
    }

    record DeviceTestRequest(String deviceId, boolean passed, String note) {}

    /** A device test checked by hand (e.g. by the governor's IT staff on a visit). */
    @PostMapping("/{code}/device-tests")
    Map<String, Object> deviceTest(@PathVariable String code, @RequestBody DeviceTestRequest r) {
        var user = access.requireChange(stations.get(code));
        stations.recordDeviceTest(code, r.deviceId(), r.passed(), r.note(), user.username());
        return Map.of("station", code, "deviceId", String.valueOf(r.deviceId()), "passed", r.passed());
    }

    record PowerRequest(boolean grid, boolean ups, boolean generator) {}

    @PutMapping("/{code}/power")
    PowerCheck power(@PathVariable String code, @RequestBody PowerRequest r) {
        var user = access.requireChange(stations.get(code));
        return stations.recordPower(code, r.grid(), r.ups(), r.generator(), user.username());
    }

    record DeficiencyRequest(DeficiencyCategory category, String description, String owner, LocalDate dueDate) {}

    @PostMapping("/{code}/deficiencies")
    Deficiency deficiency(@PathVariable String code, @RequestBody DeficiencyRequest r) {
        var user = access.requireChange(stations.get(code));
        return stations.reportDeficiency(code, r.category(), r.description(), r.owner(), r.dueDate(), user.username());
    }

    record StatusRequest(DeficiencyStatus status) {}

    /** Only the jurisdiction that holds the deficiency's station may move it (e.g. to FIXED). */
    @PostMapping("/deficiencies/{id}/status")
    Deficiency status(@PathVariable long id, @RequestBody StatusRequest r) {
        var user = access.requireChange(stations.get(stations.deficiency(id).stationCode()));
        return stations.setDeficiencyStatus(id, r.status(), user.username());
    }

    record StaffRequest(String username, String role) {}

    @PostMapping("/{code}/staff")
    List<StaffAssignment> assign(@PathVariable String code, @RequestBody StaffRequest r) {
        var user = access.requireChange(stations.get(code));
        accounts.requireExists(r.username());
        stations.assign(code, r.username(), r.role(), user.username());
        return stations.staffOf(code);
    }

    /** The checklist per county for the HQs and governors; finalised = every station's checklist complete. */
    @GetMapping("/checklists")
    ChecklistRollup rollup(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        var area = access.managedArea(province, county);
        return stations.rollup(area.provinceId(), area.countyId());
    }

    @GetMapping("/deficiencies")
    List<Deficiency> deficiencies(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        var area = access.managedArea(province, county);
        return stations.deficiencies(area.provinceId(), area.countyId());
    }
}
