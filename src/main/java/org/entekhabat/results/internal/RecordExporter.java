package org.entekhabat.results.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.ContestDirectory;
import org.entekhabat.results.ContestTotals;
import org.entekhabat.results.SeatAllocator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the published record as plain files anyone can re-check with {@code entekhabat verify DIR}
 * (the layout is in {@link #README} and docs/PUBLISHED-RECORD.md). One repeatable-read snapshot, so
 * every file belongs to the same version.
 */
@Component
public class RecordExporter {

    static final String README = """
            entekhabat published record (نتایج منتشرشده)
            stations/<code>.txt   each station's signed report, canonical text, byte for byte as received
            stations/<code>.sig   its Ed25519 signature (base64) by the station device
            keys.tsv              device_id, station_code, public_key_b64 (X.509 SubjectPublicKeyInfo), status
            contests.tsv          contest_id, constituency_name, county_id, province_id, seats, alternates, counting_method
            expected-stations.tsv contest_id, station_code
            annulled.tsv          station_code, version, legal_ground, reason (annulled stations are not counted)
            totals.tsv            contest_id, item, value  (items: ballots blank invalid authenticated stations_reported
                                  stations_expected candidate:<code> list:<code>; stations_expected leaves out annulled)
            regions.tsv           scope (nation, province:<id>, county:<id>), item, value (ballots blank invalid
                                  stations_reported stations_expected, summed over the contests in the region)
            candidates.tsv        contest_id, candidate, list_code ("" for an individual): the final candidates and Tehran lists
            lots.tsv              contest_id, seed_hex: the public lot seed each contest's board committed (docs/counting.md §4)
            seats.tsv             contest_id, rank, role (MEMBER/ALTERNATE), candidate, votes, tie (true: equal votes at a
                                  cut; the tie rule, veterans, degree, then the lot, decided the place)
            version.tsv           version, published_at
            All files UTF-8, tab-separated with a header line, Latin digits. Check with: entekhabat verify <this directory>
            """;

    private final JdbcClient jdbc;
    private final ContestDirectory contests;
    private final Tabulation tabulation;
    private final SeatAllocator allocator;
    private final PublicationLog log;
    private final Clock clock;

    RecordExporter(JdbcClient jdbc, ContestDirectory contests, Tabulation tabulation, SeatAllocator allocator,
                   PublicationLog log, Clock clock) {
        this.jdbc = jdbc;
        this.contests = contests;
        this.tabulation = tabulation;
        this.allocator = allocator;
        this.log = log;
        this.clock = clock;
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public long export(Path dir) {
        try {
            Files.createDirectories(dir.resolve("stations"));
            long version = log.current();
            Files.writeString(dir.resolve("README.txt"), README, StandardCharsets.UTF_8);
            writeStations(dir.resolve("stations"));
            tsv(dir, "keys.tsv", "device_id\tstation_code\tpublic_key_b64\tstatus",
                    "select device_id, station_code, public_key_b64, status from device_public_key order by station_code, device_id", 4);
            tsv(dir, "expected-stations.tsv", "contest_id\tstation_code",
                    "select contest_id, station_code from result_expected_station order by contest_id, station_code", 2);
            tsv(dir, "annulled.tsv", "station_code\tversion\tlegal_ground\treason",
                    "select station_code, version, legal_ground, reason from station_annulment order by station_code", 4);
            var defs = contests.all();
            var lines = new ArrayList<String>();
            for (var d : defs) {
                lines.add(String.join("\t", d.contestId(), clean(d.constituencyName()), d.countyId(), d.provinceId(),
                        String.valueOf(d.seats()), String.valueOf(d.alternates()), d.method().name()));
            }
            write(dir.resolve("contests.tsv"), "contest_id\tconstituency_name\tcounty_id\tprovince_id\tseats\talternates\tcounting_method", lines);
            var candidates = new ArrayList<String>();
            for (var d : defs) {
                for (var c : d.candidates()) candidates.add(String.join("\t", d.contestId(), clean(c.code()), c.listCode() == null ? "" : clean(c.listCode())));
            }
            write(dir.resolve("candidates.tsv"), "contest_id\tcandidate\tlist_code", candidates);
            tsv(dir, "lots.tsv", "contest_id\tseed_hex", "select contest_id, seed_hex from result_lot order by contest_id", 2);
            writeTotalsAndSeats(dir, defs);
            var rows = tabulation.contestRows(null);
            var regions = new ArrayList<String>();
            var summaries = new ArrayList<org.entekhabat.results.RegionSummary>();
            summaries.addAll(Tabulation.regions(rows, r -> new String[] {"nation", ""}));
            summaries.addAll(Tabulation.regions(rows, r -> new String[] {"province:" + r.provinceId(), r.provinceName()}));
            summaries.addAll(Tabulation.regions(rows, r -> new String[] {"county:" + r.countyId(), r.countyName()}));
            for (var s : summaries) {
                regions.add(s.scope() + "\tballots\t" + s.ballots());
                regions.add(s.scope() + "\tblank\t" + s.blank());
                regions.add(s.scope() + "\tinvalid\t" + s.invalid());
                regions.add(s.scope() + "\tstations_reported\t" + s.stationsReported());
                regions.add(s.scope() + "\tstations_expected\t" + s.stationsExpected());
            }
            write(dir.resolve("regions.tsv"), "scope\titem\tvalue", regions);
            write(dir.resolve("version.tsv"), "version\tpublished_at", List.of(version + "\t" + clock.instant()));
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStations(Path stations) {
        jdbc.sql("select station_code, canonical_text, signature from station_report order by station_code").query(rs -> {
            try {
                Files.writeString(stations.resolve(rs.getString(1) + ".txt"), rs.getString(2), StandardCharsets.UTF_8);
                Files.writeString(stations.resolve(rs.getString(1) + ".sig"), rs.getString(3) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private void writeTotalsAndSeats(Path dir, List<ContestDefinition> defs) throws IOException {
        Map<String, ContestTotals> all = tabulation.allTotals();
        var rows = new java.util.HashMap<String, Tabulation.ContestRow>();
        tabulation.contestRows(null).forEach(r -> rows.put(r.contestId(), r));
        var authenticated = new java.util.HashMap<String, Long>();
        jdbc.sql("""
                select e.contest_id, sum(r.authenticated) from result_expected_station e join station_report r using (station_code)
                where not exists (select 1 from station_annulment a where a.station_code = e.station_code) group by e.contest_id""")
                .query(rs -> { authenticated.put(rs.getString(1), rs.getLong(2)); });
        var totals = new ArrayList<String>();
        var seats = new ArrayList<String>();
        for (var d : defs) {
            var t = all.getOrDefault(d.contestId(), ContestTotals.empty(d.contestId()));
            var row = rows.get(d.contestId());
            String id = d.contestId();
            totals.add(id + "\tballots\t" + t.ballots());
            totals.add(id + "\tblank\t" + t.blank());
            totals.add(id + "\tinvalid\t" + t.invalid());
            totals.add(id + "\tauthenticated\t" + authenticated.getOrDefault(id, 0L));
            totals.add(id + "\tstations_reported\t" + row.reported());
            totals.add(id + "\tstations_expected\t" + (row.expected() - row.annulled()));
            t.candidateVotes().forEach((code, v) -> totals.add(id + "\tcandidate:" + code + "\t" + v));
            t.listVotes().forEach((code, v) -> totals.add(id + "\tlist:" + code + "\t" + v));
            for (var s : allocator.allocate(t, d).seats()) {
                seats.add(String.join("\t", id, String.valueOf(s.rank()), s.role().name(), s.candidate(),
                        String.valueOf(s.votes()), String.valueOf(s.tie())));
            }
        }
        write(dir.resolve("totals.tsv"), "contest_id\titem\tvalue", totals);
        write(dir.resolve("seats.tsv"), "contest_id\trank\trole\tcandidate\tvotes\ttie", seats);
    }

    private void tsv(Path dir, String file, String header, String sql, int columns) throws IOException {
        var lines = new ArrayList<String>();
        jdbc.sql(sql).query(rs -> {
            var cells = new String[columns];
            for (int i = 0; i < columns; i++) cells[i] = clean(rs.getString(i + 1));
            lines.add(String.join("\t", cells));
        });
        write(dir.resolve(file), header, lines);
    }

    private static void write(Path file, String header, List<String> lines) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header);
            w.write('\n');
            for (var l : lines) {
                w.write(l);
                w.write('\n');
            }
        }
    }

    /** Tabs and line breaks would break the format; names and reasons never need them. */
    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
