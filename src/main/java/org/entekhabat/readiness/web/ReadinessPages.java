package org.entekhabat.readiness.web;

import org.entekhabat.readiness.Readiness;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.training.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The readiness dashboard: nation by province, a province by county, a county with its flagged stations. */
@Controller
class ReadinessPages {

    private final Readiness readiness;
    private final DivisionNames names;

    ReadinessPages(Readiness readiness, DivisionNames names) {
        this.readiness = readiness;
        this.names = names;
    }

    @GetMapping("/readiness")
    String dashboard(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        province = ReadinessApi.blank(province);
        county = ReadinessApi.blank(county);
        model.addAttribute("province", province);
        model.addAttribute("county", county);
        model.addAttribute("rows", province == null && county == null ? readiness.provinces() : readiness.counties(province, county));
        model.addAttribute("byProvince", province == null && county == null);
        model.addAttribute("roles", Role.values());
        model.addAttribute("names", names);
        model.addAttribute("minCertified", readiness.minCertifiedStaff());
        return "readiness/dashboard";
    }
}
