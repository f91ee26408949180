package org.entekhabat.readiness.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.readiness.CountyReadiness;
import org.entekhabat.readiness.Readiness;
import org.entekhabat.readiness.ReadinessCsv;
import org.entekhabat.stations.StationAccess;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Readiness by county: JSON and CSV exports, for the HQs and governors, of their jurisdiction
 * (a filter outside it is refused; none means their own).
 */
@RestController
@RequestMapping("/api/readiness")
class ReadinessApi {

    private final Readiness readiness;
    private final StationAccess stationAccess;
    private final Access access;

    ReadinessApi(Readiness readiness, StationAccess stationAccess, Access access) {
        this.readiness = readiness;
        this.stationAccess = stationAccess;
        this.access = access;
    }

    @GetMapping("/counties")
    List<CountyReadiness> counties(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        var area = stationAccess.managedArea(province, county);
        return readiness.counties(area.provinceId(), area.countyId());
    }

    @GetMapping("/counties.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return csv(readiness, stationAccess.managedArea(province, county));
    }

    static ResponseEntity<byte[]> csv(Readiness readiness, StationAccess.Area area) {
        byte[] body = ReadinessCsv.write(readiness.counties(area.provinceId(), area.countyId())).getBytes(StandardCharsets.UTF_8);
        String scope = area.countyId() != null ? area.countyId() : area.provinceId() != null ? area.provinceId() : "all";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"readiness-" + scope + ".csv\"")
                .body(body);
    }

    /** The national view: every province's totals, for the national HQ. */
    @GetMapping("/provinces")
    List<CountyReadiness> provinces() {
        access.requireRole(StationAccess.MANAGERS);
        access.requireRead(Jurisdiction.NATION);
        return readiness.provinces();
    }
}
