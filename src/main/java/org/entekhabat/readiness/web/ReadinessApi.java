package org.entekhabat.readiness.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entekhabat.readiness.CountyReadiness;
import org.entekhabat.readiness.Readiness;
import org.entekhabat.readiness.ReadinessCsv;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Readiness by county: JSON and CSV exports (filter by province and/or county). */
@RestController
@RequestMapping("/api/readiness")
class ReadinessApi {

    private final Readiness readiness;

    ReadinessApi(Readiness readiness) {
        this.readiness = readiness;
    }

    @GetMapping("/counties")
    List<CountyReadiness> counties(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return readiness.counties(blank(province), blank(county));
    }

    @GetMapping("/counties.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        byte[] body = ReadinessCsv.write(readiness.counties(blank(province), blank(county))).getBytes(StandardCharsets.UTF_8);
        String name = "readiness-" + (province == null || province.isBlank() ? "all" : province.trim()) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(body);
    }

    @GetMapping("/provinces")
    List<CountyReadiness> provinces() {
        return readiness.provinces();
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
