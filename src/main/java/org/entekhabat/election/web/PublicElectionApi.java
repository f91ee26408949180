package org.entekhabat.election.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.election.ElectionJson;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.County;
import org.entekhabat.geography.Geography;
import org.entekhabat.geography.Province;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public, read-only: divisions, constituencies and their contests. Unknown ids give a 404 problem detail. */
@RestController
@RequestMapping("/api/public")
class PublicElectionApi {

    private final Geography geography;
    private final Elections elections;

    PublicElectionApi(Geography geography, Elections elections) {
        this.geography = geography;
        this.elections = elections;
    }

    @GetMapping("/election")
    Map<String, Object> election() {
        return ElectionJson.election(elections.requireCurrent());
    }

    @GetMapping("/provinces")
    List<Province> provinces() {
        return geography.provinces();
    }

    @GetMapping("/provinces/{id}/counties")
    List<County> counties(@PathVariable int id) {
        geography.requireProvince(id);
        return geography.counties(id);
    }

    @GetMapping("/counties/{id}/constituencies")
    Map<String, Object> constituencies(@PathVariable long id) {
        var county = geography.requireCounty(id);
        var out = new LinkedHashMap<String, Object>();
        out.put("county", county);
        out.put("contests", ElectionJson.contests(elections.contestsOfCounty(id, county.provinceId())));
        return out;
    }

    @GetMapping("/constituencies/{id}")
    Map<String, Object> constituency(@PathVariable String id) {
        var constituency = elections.constituency(id);
        return ElectionJson.constituency(constituency, elections.contest(id), elections.ballotStylesWith(id));
    }
}
