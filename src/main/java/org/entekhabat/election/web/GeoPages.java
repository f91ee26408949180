package org.entekhabat.election.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entekhabat.election.Contest;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.County;
import org.entekhabat.geography.Geography;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Public pages: provinces → counties → constituencies with seats, rule and population source → detail. */
@Controller
class GeoPages {

    private final Geography geography;
    private final Elections elections;

    GeoPages(Geography geography, Elections elections) {
        this.geography = geography;
        this.elections = elections;
    }

    @GetMapping("/geo")
    String provinces(Model model) {
        var counts = geography.allCounties().stream().collect(Collectors.groupingBy(County::provinceId, Collectors.counting()));
        model.addAttribute("provinces", geography.provinces());
        model.addAttribute("countyCounts", counts);
        model.addAttribute("election", elections.current().orElse(null));
        return "geo/provinces";
    }

    @GetMapping("/geo/province/{id}")
    String province(@PathVariable int id, Model model) {
        model.addAttribute("province", geography.requireProvince(id));
        model.addAttribute("counties", geography.counties(id));
        return "geo/province";
    }

    @GetMapping("/geo/county/{id}")
    String county(@PathVariable long id, Model model) {
        var county = geography.requireCounty(id);
        model.addAttribute("county", county);
        model.addAttribute("province", geography.requireProvince(county.provinceId()));
        var election = elections.current();
        model.addAttribute("election", election.orElse(null));
        List<ContestRow> rows = election.isEmpty() ? List.of()
                : elections.contestsOfCounty(id, county.provinceId()).stream().map(ContestRow::of).toList();
        model.addAttribute("contests", rows);
        return "geo/county";
    }

    @GetMapping("/geo/constituency/{id}")
    String constituency(@PathVariable String id, Model model) {
        var constituency = elections.constituency(id);
        var contest = elections.contest(id);
        model.addAttribute("constituency", constituency);
        model.addAttribute("contest", ContestRow.of(contest));
        model.addAttribute("province", geography.requireProvince(constituency.provinceId()));
        model.addAttribute("counties", constituency.countyIds().stream().map(geography::requireCounty).toList());
        Map<?, Integer> styles = elections.ballotStylesWith(id);
        model.addAttribute("ballotStyles", styles);
        return "geo/constituency";
    }

    /** A contest with the message keys its labels need. */
    record ContestRow(Contest contest, String kindKey, String ruleKey, String sourceKey) {
        static ContestRow of(Contest c) {
            return new ContestRow(c, "geo.kind." + c.kind().name(), "geo.rule." + c.rule().code(), "geo.source." + sourceKind(c.populationSource()));
        }

        static String sourceKind(String source) {
            if (source.startsWith("law:fixed-seats")) return "law";
            if (source.startsWith("census-2016:county-total-estimate")) return "county-estimate";
            if (source.startsWith("census-2016:county-totals")) return "county-totals";
            if (source.startsWith("no-data")) return "no-data";
            if (source.startsWith("election-file")) return "election-file";
            if (source.startsWith("generated-demo")) return "generated";
            return "other";
        }
    }
}
