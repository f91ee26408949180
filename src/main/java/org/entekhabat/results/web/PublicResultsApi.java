package org.entekhabat.results.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.results.ContestResult;
import org.entekhabat.results.RegionSummary;
import org.entekhabat.results.Results;
import org.entekhabat.results.internal.Tabulation;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public read-only results as JSON and CSV (Latin digits, ISO dates), and candidates' objections as JSON. */
@RestController
class PublicResultsApi {

    private final Results results;
    private final Tabulation tabulation;
    private final JdbcClient jdbc;

    PublicResultsApi(Results results, Tabulation tabulation, JdbcClient jdbc) {
        this.results = results;
        this.tabulation = tabulation;
        this.jdbc = jdbc;
    }

    /** The page polls this every few seconds and reloads when the version changes. */
    @GetMapping("/api/public/results/version")
    Map<String, Object> version() {
        return Map.of("version", results.version());
    }

    /** The nation, its provinces, and the changes (annulments, certifications) of the published result. */
    @GetMapping("/api/public/results")
    Map<String, Object> summary(@RequestParam(required = false) String scope) {
        var rows = tabulation.contestRows(scope);
        var out = new LinkedHashMap<String, Object>();
        out.put("version", results.version());
        out.put("regions", Regions.of(rows, scope));
        out.put("contests", rows.stream().map(PublicResultsApi::row).toList());
        out.put("changes", results.changes(null));
        return out;
    }

    @GetMapping("/api/public/results/contests/{id}")
    ContestResult contest(@PathVariable String id) {
        return results.contest(id);
    }

    @GetMapping(path = "/api/public/results/contests/{id}/totals.csv", produces = "text/csv")
    String contestCsv(@PathVariable String id) {
        var r = results.contest(id);
        var csv = new StringBuilder("contest_id,item,code,value\n");
        var t = r.totals();
        csv.append(id).append(",ballots,,").append(t.ballots()).append('\n');
        csv.append(id).append(",blank,,").append(t.blank()).append('\n');
        csv.append(id).append(",invalid,,").append(t.invalid()).append('\n');
        csv.append(id).append(",authenticated,,").append(r.authenticated()).append('\n');
        csv.append(id).append(",stations_in,,").append(r.stationsIn().size()).append('\n');
        csv.append(id).append(",stations_missing,,").append(r.stationsMissing().size()).append('\n');
        csv.append(id).append(",stations_annulled,,").append(r.stationsAnnulled().size()).append('\n');
        t.candidateVotes().forEach((c, v) -> csv.append(id).append(",candidate,").append(c).append(',').append(v).append('\n'));
        t.listVotes().forEach((c, v) -> csv.append(id).append(",list,").append(c).append(',').append(v).append('\n'));
        r.allocation().seats().forEach(s -> csv.append(id).append(',').append(s.role().name().toLowerCase()).append(',')
                .append(s.candidate()).append(',').append(s.rank()).append(s.tie() ? " TIE" : "").append('\n'));
        return csv.toString();
    }

    /** One line per contest: status, stations, ballots (the national table). */
    @GetMapping(path = "/api/public/results/contests.csv", produces = "text/csv")
    String contestsCsv(@RequestParam(required = false) String scope) {
        var csv = new StringBuilder("contest_id,county_id,province_id,status,stations_expected,stations_in,stations_annulled,ballots,blank,invalid\n");
        for (var r : tabulation.contestRows(scope)) {
            csv.append(String.join(",", r.contestId(), r.countyId(), r.provinceId(), r.status().name(), String.valueOf(r.expected()),
                    String.valueOf(r.reported()), String.valueOf(r.annulled()), String.valueOf(r.ballots()),
                    String.valueOf(r.blank()), String.valueOf(r.invalid()))).append('\n');
        }
        return csv.toString();
    }

    @GetMapping(path = "/api/public/results/regions.csv", produces = "text/csv")
    String regionsCsv() {
        var csv = new StringBuilder("scope,ballots,blank,invalid,stations_reported,stations_expected,contests,contests_final\n");
        var rows = tabulation.contestRows(null);
        for (var level : List.of("nation", "province", "county")) {
            for (RegionSummary s : Regions.at(rows, level)) {
                csv.append(String.join(",", s.scope(), String.valueOf(s.ballots()), String.valueOf(s.blank()), String.valueOf(s.invalid()),
                        String.valueOf(s.stationsReported()), String.valueOf(s.stationsExpected()), String.valueOf(s.contests()),
                        String.valueOf(s.contestsFinal()))).append('\n');
            }
        }
        return csv.toString();
    }

    /** A station's signed report as published: canonical text and base64 signature. */
    @GetMapping("/api/public/results/stations/{code}")
    Map<String, Object> station(@PathVariable String code) {
        return StationReports.find(jdbc, code).map(s -> Map.<String, Object>of("station", code, "text", s.text(), "signature", s.signature(),
                "reportHash", s.hash(), "annulled", s.annulled())).orElseThrow(() -> StationReports.notFound(code));
    }

    /** The whole published record as one zip (the same files as {@code entekhabat results export DIR}). */
    @GetMapping(path = "/api/public/results/record.zip", produces = "application/zip")
    ResponseEntity<org.springframework.core.io.Resource> record() throws java.io.IOException {
        var dir = java.nio.file.Files.createTempDirectory("entekhabat-record");
        var zip = java.nio.file.Files.createTempFile("entekhabat-record", ".zip");
        try {
            long version = results.exportRecord(dir);
            try (var out = new java.util.zip.ZipOutputStream(java.nio.file.Files.newOutputStream(zip));
                 var files = java.nio.file.Files.walk(dir)) {
                for (var f : (Iterable<java.nio.file.Path>) files.filter(java.nio.file.Files::isRegularFile).sorted()::iterator) {
                    out.putNextEntry(new java.util.zip.ZipEntry("record-v" + version + "/" + dir.relativize(f).toString().replace('\\', '/')));
                    java.nio.file.Files.copy(f, out);
                    out.closeEntry();
                }
            }
            byte[] bytes = java.nio.file.Files.readAllBytes(zip);
            return ResponseEntity.ok()
                    .header("Content-Disposition", "attachment; filename=\"entekhabat-results-v" + version + ".zip\"")
                    .body(new org.springframework.core.io.ByteArrayResource(bytes));
        } finally {
            org.springframework.util.FileSystemUtils.deleteRecursively(dir);
            java.nio.file.Files.deleteIfExists(zip);
        }
    }

    record ObjectionRequest(String contestId, String stationCode, String candidateCode, String text) {}

    /** A signed-in candidate's objection (HTTP Basic under /api; within the configured window). */
    @PostMapping(path = "/api/results/objections", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> object(@RequestBody ObjectionRequest o) {
        if (o == null) throw DomainException.badInput("objection-incomplete", "درخواست خالی است.", "The request is empty.");
        long id = results.object(o.contestId(), o.stationCode(), o.candidateCode(), o.text());
        return ResponseEntity.status(201).body(Map.of("id", id));
    }

    private static Map<String, Object> row(Tabulation.ContestRow r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("contestId", r.contestId());
        m.put("constituency", r.name());
        m.put("countyId", r.countyId());
        m.put("provinceId", r.provinceId());
        m.put("status", r.status().name());
        m.put("stationsExpected", r.expected());
        m.put("stationsIn", r.reported());
        m.put("stationsAnnulled", r.annulled());
        m.put("ballots", r.ballots());
        m.put("blank", r.blank());
        m.put("invalid", r.invalid());
        return m;
    }
}
