package org.entekhabat.readiness.web;

import org.entekhabat.readiness.Readiness;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.StationAccess;
import org.entekhabat.training.Role;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The readiness dashboard for the HQs and governors: the nation by province, a province by county,
 * a county with its flagged stations; by default the user's own jurisdiction.
 */
@Controller
class ReadinessPages {

    private final Readiness readiness;
    private final DivisionNames names;
    private final StationAccess access;

    ReadinessPages(Readiness readiness, DivisionNames names, StationAccess access) {
        this.readiness = readiness;
        this.names = names;
        this.access = access;
    }

    @GetMapping("/readiness")
    String dashboard(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        var area = access.managedArea(province, county);
        boolean nation = area.provinceId() == null && area.countyId() == null;
        model.addAttribute("province", area.provinceId());
        model.addAttribute("county", area.countyId());
        model.addAttribute("rows", nation ? readiness.provinces() : readiness.counties(area.provinceId(), area.countyId()));
        model.addAttribute("byProvince", nation);
        model.addAttribute("roles", Role.values());
        model.addAttribute("names", names);
        model.addAttribute("minCertified", readiness.minCertifiedStaff());
        return "readiness/dashboard";
    }

    /** The CSV export from the dashboard (the browser's session; {@code /api/readiness} takes Basic auth). */
    @GetMapping("/readiness/counties.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return ReadinessApi.csv(readiness, access.managedArea(province, county));
    }
}
