package org.entekhabat.verifier;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationReport;

/**
 * Re-checks a published record directory (written by {@code entekhabat results export DIR}; layout in
 * its README.txt): every report's hash chain and Ed25519 signature against the published device keys,
 * then recomputes every contest total, every regional sum and every seat from the counted reports
 * and compares them, line by line, with totals.tsv, regions.tsv and seats.tsv.
 * Uses no database and none of the server's aggregation code.
 */
public final class RecordVerifier {

    private static final Pattern LINE = Pattern.compile("^line (\\d+):");

    private final Path dir;
    private final List<Finding> findings = new ArrayList<>();
    private int signatures;

    private RecordVerifier(Path dir) {
        this.dir = dir;
    }

    public static VerificationReport verify(Path dir) {
        return new RecordVerifier(dir).run();
    }

    private record Row(int line, String[] cells) {}

    private record Contest(String id, String county, String province, int seats, int alternates, String method) {}

    /** A contest's recomputed sums. */
    private static final class Sums {
        long ballots, blank, invalid, authenticated, reported, expected;
        final TreeMap<String, Long> candidates = new TreeMap<>();
        final TreeMap<String, Long> lists = new TreeMap<>();
    }

    private VerificationReport run() {
        var keys = keys();
        var contests = new LinkedHashMap<String, Contest>();
        for (var r : table("contests.tsv", 7)) {
            try {
                contests.put(r.cells()[0], new Contest(r.cells()[0], r.cells()[2], r.cells()[3],
                        Integer.parseInt(r.cells()[4]), Integer.parseInt(r.cells()[5]), r.cells()[6]));
            } catch (NumberFormatException e) {
                add("contests.tsv", r.line(), r.cells()[0], "seats and alternates must be whole numbers", "", String.join(" ", r.cells()));
            }
        }
        var expected = new HashMap<String, Set<String>>();
        for (var r : table("expected-stations.tsv", 2)) expected.computeIfAbsent(r.cells()[0], k -> new TreeSet<>()).add(r.cells()[1]);
        var annulled = new HashSet<String>();
        for (var r : table("annulled.tsv", 4)) annulled.add(r.cells()[0]);

        var reports = readReports(keys);
        for (String a : annulled) {
            if (!reports.containsKey(a)) add("annulled.tsv", 0, "", "annulled station " + a + " has no published report", "", a);
        }
        var sums = tally(contests, expected, annulled, reports);
        int totals = compare("totals.tsv", 3, expectedTotals(contests, sums), r -> r.cells()[0] + "\t" + r.cells()[1], r -> r.cells()[2]);
        int regions = compare("regions.tsv", 3, expectedRegions(contests, sums), r -> r.cells()[0] + "\t" + r.cells()[1], r -> r.cells()[2]);
        int seats = compare("seats.tsv", 6, expectedSeats(contests, sums), r -> r.cells()[0] + "\t" + r.cells()[1],
                r -> r.cells()[2] + "\t" + r.cells()[3] + "\t" + r.cells()[4] + "\t" + r.cells()[5]);
        var version = table("version.tsv", 2);
        return new VerificationReport(version.isEmpty() ? "?" : version.get(0).cells()[0], reports.size(), signatures,
                contests.size(), totals, regions, seats, List.copyOf(findings));
    }

    // ---- reading ----

    private Map<String, PublicKey> keys() {
        var keys = new HashMap<String, PublicKey>();
        for (var r : table("keys.tsv", 4)) {
            try {
                keys.put(r.cells()[0] + "\t" + r.cells()[1], KeyFactory.getInstance("Ed25519")
                        .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(r.cells()[2]))));
            } catch (Exception e) {
                add("keys.tsv", r.line(), "", "not an Ed25519 public key (X.509, base64)", "", r.cells()[2]);
            }
        }
        return keys;
    }

    /** Reports whose chain and signature check, by station code; every failure becomes a finding. */
    private Map<String, StationReport> readReports(Map<String, PublicKey> keys) {
        var good = new TreeMap<String, StationReport>();
        Path stations = dir.resolve("stations");
        if (!Files.isDirectory(stations)) {
            add("stations/", 0, "", "directory of signed station reports is missing", "", "");
            return good;
        }
        List<Path> files;
        try (var s = Files.list(stations)) {
            files = s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (name.endsWith(".sig") && !Files.exists(stations.resolve(name.replaceAll("\\.sig$", ".txt")))) {
                add("stations/" + name, 0, "", "signature without a report", "", "");
            }
            if (!name.endsWith(".txt")) continue;
            String code = name.substring(0, name.length() - 4);
            String file = "stations/" + name;
            String text = read(f);
            Path sigFile = stations.resolve(code + ".sig");
            if (!Files.exists(sigFile)) {
                add(file, 0, "", "report without its signature file " + code + ".sig", "", "");
                continue;
            }
            StationReport report;
            try {
                report = new SignedStationReport(text, "").report();
            } catch (RuntimeException e) {
                add(file, lineOf(e.getMessage()), "", "hash chain does not check: " + e.getMessage(), "", "");
                continue;
            }
            if (!report.stationCode().equals(code)) {
                add(file, 3, "", "report is for another station", code, report.stationCode());
                continue;
            }
            PublicKey key = keys.get(report.deviceId() + "\t" + code);
            if (key == null) {
                add(file, 4, "", "no published key for device " + report.deviceId() + " at station " + code, "", "");
                continue;
            }
            signatures++;
            if (!new SignedStationReport(text, read(sigFile).strip()).verify(key)) {
                add("stations/" + code + ".sig", 1, "", "signature does not verify with device " + report.deviceId() + "'s key", "", "");
                continue;
            }
            good.put(code, report);
        }
        return good;
    }

    private List<Row> table(String file, int columns) {
        Path p = dir.resolve(file);
        if (!Files.exists(p)) {
            add(file, 0, "", "file is missing", "", "");
            return List.of();
        }
        var lines = read(p).split("\n", -1);
        var rows = new ArrayList<Row>();
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].isEmpty() && i == lines.length - 1) break;
            var cells = lines[i].split("\t", -1);
            if (cells.length != columns) {
                add(file, i + 1, "", "expected " + columns + " tab-separated fields", String.valueOf(columns), String.valueOf(cells.length));
                continue;
            }
            rows.add(new Row(i + 1, cells));
        }
        return rows;
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineOf(String message) {
        var m = LINE.matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    // ---- recomputing ----

    private Map<String, Sums> tally(Map<String, Contest> contests, Map<String, Set<String>> expected, Set<String> annulled,
                                    Map<String, StationReport> reports) {
        var sums = new TreeMap<String, Sums>();
        for (var c : contests.values()) {
            var s = new Sums();
            sums.put(c.id(), s);
            for (String station : expected.getOrDefault(c.id(), Set.of())) {
                if (annulled.contains(station)) continue;
                s.expected++;
                var report = reports.get(station);
                if (report == null) continue;
                s.reported++;
                s.authenticated += report.authenticated();
            }
        }
        for (var report : reports.values()) {
            for (var count : report.contests()) {
                var s = sums.get(count.contestId());
                if (s == null || !expected.getOrDefault(count.contestId(), Set.of()).contains(report.stationCode())) {
                    add("stations/" + report.stationCode() + ".txt", 0, count.contestId(),
                            "station reports a contest it does not serve", "", count.contestId());
                    continue;
                }
                if (annulled.contains(report.stationCode())) continue; // checked, not counted
                s.ballots += count.ballots();
                s.blank += count.blank();
                s.invalid += count.invalid();
                count.candidateVotes().forEach((k, v) -> s.candidates.merge(k, v, Long::sum));
                count.listVotes().forEach((k, v) -> s.lists.merge(k, v, Long::sum));
            }
        }
        return sums;
    }

    private static Map<String, String> expectedTotals(Map<String, Contest> contests, Map<String, Sums> sums) {
        var out = new LinkedHashMap<String, String>();
        for (var c : contests.values()) {
            var s = sums.get(c.id());
            String id = c.id() + "\t";
            out.put(id + "ballots", String.valueOf(s.ballots));
            out.put(id + "blank", String.valueOf(s.blank));
            out.put(id + "invalid", String.valueOf(s.invalid));
            out.put(id + "authenticated", String.valueOf(s.authenticated));
            out.put(id + "stations_reported", String.valueOf(s.reported));
            out.put(id + "stations_expected", String.valueOf(s.expected));
            s.candidates.forEach((k, v) -> out.put(id + "candidate:" + k, String.valueOf(v)));
            s.lists.forEach((k, v) -> out.put(id + "list:" + k, String.valueOf(v)));
        }
        return out;
    }

    private static Map<String, String> expectedRegions(Map<String, Contest> contests, Map<String, Sums> sums) {
        var acc = new TreeMap<String, long[]>();
        for (var c : contests.values()) {
            var s = sums.get(c.id());
            for (String scope : List.of("nation", "province:" + c.province(), "county:" + c.county())) {
                var a = acc.computeIfAbsent(scope, k -> new long[5]);
                a[0] += s.ballots; a[1] += s.blank; a[2] += s.invalid; a[3] += s.reported; a[4] += s.expected;
            }
        }
        var out = new LinkedHashMap<String, String>();
        String[] items = {"ballots", "blank", "invalid", "stations_reported", "stations_expected"};
        acc.forEach((scope, a) -> {
            for (int i = 0; i < items.length; i++) out.put(scope + "\t" + items[i], String.valueOf(a[i]));
        });
        return out;
    }

    /**
     * Plurality, written apart from the server's allocator: a candidate's place range is [above, above + equal - 1],
     * where "above" counts candidates with more votes; places past the members that equal votes make undecided are ties.
     */
    private Map<String, String> expectedSeats(Map<String, Contest> contests, Map<String, Sums> sums) {
        var out = new LinkedHashMap<String, String>();
        for (var c : contests.values()) {
            if (!"PLURALITY".equals(c.method())) continue; // LIST_PR seats: this verifier publishes no recomputation yet
            var votes = sums.get(c.id()).candidates;
            var order = new ArrayList<>(votes.keySet());
            order.sort((a, b) -> votes.get(a).equals(votes.get(b)) ? a.compareTo(b) : Long.compare(votes.get(b), votes.get(a)));
            int places = Math.min(order.size(), c.seats() + c.alternates());
            for (int i = 0; i < places; i++) {
                long v = votes.get(order.get(i));
                long above = votes.values().stream().filter(x -> x > v).count();
                long equal = votes.values().stream().filter(x -> x == v).count();
                boolean tie = equal > 1 && above + equal - 1 >= c.seats();
                out.put(c.id() + "\t" + (i + 1), (i < c.seats() ? "MEMBER" : "ALTERNATE") + "\t" + order.get(i) + "\t" + v + "\t" + tie);
            }
        }
        return out;
    }

    // ---- comparing ----

    private int compare(String file, int columns, Map<String, String> expected, java.util.function.Function<Row, String> key,
                        java.util.function.Function<Row, String> value) {
        var seen = new HashSet<String>();
        int checked = 0;
        for (var r : table(file, columns)) {
            String k = key.apply(r);
            String contest = k.substring(0, k.indexOf('\t'));
            if (!seen.add(k)) {
                add(file, r.line(), contest, "duplicate line for " + k.replace('\t', ' '), "", value.apply(r));
            } else if (!expected.containsKey(k)) {
                add(file, r.line(), contest, "line not backed by the signed reports: " + k.replace('\t', ' '), "", value.apply(r));
            } else if (!expected.get(k).equals(value.apply(r))) {
                add(file, r.line(), contest, k.substring(k.indexOf('\t') + 1) + " differs", expected.get(k).replace('\t', ' '),
                        value.apply(r).replace('\t', ' '));
            } else {
                checked++;
            }
        }
        expected.forEach((k, v) -> {
            if (!seen.contains(k)) add(file, 0, k.substring(0, k.indexOf('\t')), "missing line for " + k.replace('\t', ' '), v.replace('\t', ' '), "");
        });
        return checked;
    }

    private void add(String file, int line, String contest, String what, String expected, String published) {
        findings.add(new Finding(file, line, contest, what, expected, published));
    }
}
