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
        int seats = checkSeats(contests, sums, rosters());
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
            var scopes = c.county().isEmpty() ? List.of("nation", "province:" + c.province())
                    : List.of("nation", "province:" + c.province(), "county:" + c.county()); // by-elections span counties
            for (String scope : scopes) {
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

    /** A contest's final candidates and their Tehran lists (candidates.tsv): code → list code ("" individual). */
    private Map<String, Map<String, String>> rosters() {
        var out = new HashMap<String, Map<String, String>>();
        for (var r : table("candidates.tsv", 3)) out.computeIfAbsent(r.cells()[0], k -> new TreeMap<>()).put(r.cells()[1], r.cells()[2]);
        return out;
    }

    private record Published(int line, int rank, String role, String candidate, String votes, String tie) {}

    /**
     * Seats, checked against the rules rather than one expected listing, because the tie rule (veterans,
     * degree, lot) may order equal votes either way: every seat's votes are the recomputed ones; ranks are
     * 1..n with the members first; the numbers of members and alternates (Tehran: per list and bloc, by this
     * verifier's own Hare quota and largest remainder) are right; nobody left out, or placed lower in the same
     * group, has more votes; and the tie column says exactly which places equal votes decided.
     */
    private int checkSeats(Map<String, Contest> contests, Map<String, Sums> sums, Map<String, Map<String, String>> rosters) {
        var byContest = new TreeMap<String, List<Published>>();
        for (var r : table("seats.tsv", 6)) {
            var c = r.cells();
            int rank;
            try {
                rank = Integer.parseInt(c[1]);
            } catch (NumberFormatException e) {
                add("seats.tsv", r.line(), c[0], "rank is not a number", "", c[1]);
                continue;
            }
            if (!contests.containsKey(c[0])) {
                add("seats.tsv", r.line(), c[0], "line not backed by the signed reports: seat of an unknown contest", "", c[0]);
                continue;
            }
            byContest.computeIfAbsent(c[0], k -> new ArrayList<>()).add(new Published(r.line(), rank, c[2], c[3], c[4], c[5]));
        }
        int checked = 0;
        for (var c : contests.values()) {
            var rows = byContest.getOrDefault(c.id(), List.of());
            int before = findings.size();
            checkContestSeats(c, sums.get(c.id()), rosters.getOrDefault(c.id(), Map.of()), rows);
            if (findings.size() == before) checked += rows.size();
        }
        return checked;
    }

    private void checkContestSeats(Contest c, Sums s, Map<String, String> roster, List<Published> rows) {
        boolean pr = "LIST_PR".equals(c.method());
        var listOf = new TreeMap<String, String>();
        roster.forEach((code, list) -> listOf.put(code, pr ? list : ""));
        s.candidates.keySet().forEach(code -> listOf.putIfAbsent(code, ""));
        var lists = new java.util.TreeSet<String>();
        if (pr) {
            roster.values().stream().filter(l -> !l.isEmpty()).forEach(lists::add);
            lists.addAll(s.lists.keySet());
            listOf.replaceAll((code, list) -> lists.contains(list) ? list : "");
        }
        var votes = new HashMap<String, Long>();
        long valid = s.ballots - s.blank - s.invalid;
        boolean consistent = true;
        for (var e : listOf.entrySet()) {
            long v = s.candidates.getOrDefault(e.getKey(), 0L) + (e.getValue().isEmpty() ? 0 : s.lists.getOrDefault(e.getValue(), 0L));
            votes.put(e.getKey(), v);
            if (v > valid) consistent = false; // a ballot gives a candidate one vote at most: the server publishes no seats then
        }
        var byRank = new TreeMap<Integer, Published>();
        var seen = new HashSet<String>();
        for (var p : rows) {
            if (byRank.putIfAbsent(p.rank(), p) != null) {
                add("seats.tsv", p.line(), c.id(), "duplicate line for rank " + p.rank(), "", p.candidate());
            }
            if (!votes.containsKey(p.candidate())) {
                add("seats.tsv", p.line(), c.id(), "candidate " + p.candidate() + " is not a candidate of the contest", "", p.candidate());
            } else if (!String.valueOf(votes.get(p.candidate())).equals(p.votes())) {
                add("seats.tsv", p.line(), c.id(), "votes of " + p.candidate() + " differ", String.valueOf(votes.get(p.candidate())), p.votes());
            }
            if (!seen.add(p.candidate())) add("seats.tsv", p.line(), c.id(), "candidate " + p.candidate() + " placed twice", "", p.candidate());
        }
        int seats = c.seats(), alternates = "SINGLE_PLURALITY".equals(c.method()) ? 0 : c.alternates();
        int[] expected;
        Map<String, String> groupOf = listOf;
        if (!consistent) {
            expected = new int[] {0, 0};
        } else if (pr) {
            expected = proportionalCounts(c, votes, listOf, lists, rows, seats, alternates);
        } else {
            int n = votes.size();
            expected = new int[] {Math.min(seats, n), Math.min(alternates, Math.max(0, n - seats))};
        }
        int members = (int) rows.stream().filter(p -> "MEMBER".equals(p.role())).count();
        int bench = rows.size() - members;
        if (members != expected[0]) add("seats.tsv", 0, c.id(), "number of members differs", String.valueOf(expected[0]), String.valueOf(members));
        if (bench != expected[1]) add("seats.tsv", 0, c.id(), "number of alternates differs", String.valueOf(expected[1]), String.valueOf(bench));
        int r = 1;
        for (var e : byRank.entrySet()) {
            var p = e.getValue();
            if (e.getKey() != r) add("seats.tsv", p.line(), c.id(), "rank out of sequence", String.valueOf(r), String.valueOf(e.getKey()));
            String role = r <= members ? "MEMBER" : "ALTERNATE";
            if (!role.equals(p.role())) add("seats.tsv", p.line(), c.id(), "role at rank " + r + " differs", role, p.role());
            r++;
        }
        if (!findingsFor(c.id()) && consistent) checkOrderAndTies(c, byRank, votes, groupOf, pr, seats, alternates);
    }

    private boolean findingsFor(String contest) {
        return findings.stream().anyMatch(f -> f.contest().equals(contest) && f.file().equals("seats.tsv"));
    }

    /** Tehran: members and alternates per list and bloc by this verifier's own Hare-LR; returns {members, alternates} in all. */
    private int[] proportionalCounts(Contest c, Map<String, Long> votes, Map<String, String> listOf, java.util.Set<String> lists,
                                     List<Published> rows, int seats, int alternates) {
        var groups = SeatRules.groups(listOf, lists);
        var codes = new ArrayList<>(groups.keySet());
        long[] groupVotes = new long[codes.size()];
        int[] capacity = new int[codes.size()];
        var publishedMembers = new HashMap<String, Integer>();
        var publishedBench = new HashMap<String, Integer>();
        for (var p : rows) {
            String g = listOf.get(p.candidate());
            if (g == null) continue;
            ("MEMBER".equals(p.role()) ? publishedMembers : publishedBench).merge(g, 1, Integer::sum);
        }
        for (int i = 0; i < codes.size(); i++) {
            for (String m : groups.get(codes.get(i))) groupVotes[i] += votes.get(m);
            capacity[i] = groups.get(codes.get(i)).size();
        }
        // equal remainders at the cut: the published choice of the lot is accepted if it is one of the tied
        int[] seatCounts = SeatRules.hamilton(groupVotes, capacity, seats, i -> -publishedMembers.getOrDefault(codes.get(i), 0));
        int[] rest = new int[codes.size()];
        for (int i = 0; i < rest.length; i++) rest[i] = capacity[i] - seatCounts[i];
        int[] benchCounts = SeatRules.hamilton(groupVotes, rest, alternates, i -> -publishedBench.getOrDefault(codes.get(i), 0));
        int m = 0, a = 0;
        for (int i = 0; i < codes.size(); i++) {
            String g = codes.get(i);
            String name = g.isEmpty() ? "individuals" : "list " + g;
            if (publishedMembers.getOrDefault(g, 0) != seatCounts[i]) {
                add("seats.tsv", 0, c.id(), "seats of " + name + " differ", String.valueOf(seatCounts[i]), String.valueOf(publishedMembers.getOrDefault(g, 0)));
            }
            if (publishedBench.getOrDefault(g, 0) != benchCounts[i]) {
                add("seats.tsv", 0, c.id(), "alternates of " + name + " differ", String.valueOf(benchCounts[i]), String.valueOf(publishedBench.getOrDefault(g, 0)));
            }
            m += seatCounts[i];
            a += benchCounts[i];
        }
        return new int[] {m, a};
    }

    /** Order by votes; nobody better left below; the tie column. */
    private void checkOrderAndTies(Contest c, TreeMap<Integer, Published> byRank, Map<String, Long> votes, Map<String, String> groupOf,
                                   boolean pr, int seats, int alternates) {
        var members = new ArrayList<String>();
        var bench = new ArrayList<String>();
        for (var p : byRank.values()) ("MEMBER".equals(p.role()) ? members : bench).add(p.candidate());
        checkDescending(c, byRank, members, 1);
        checkDescending(c, byRank, bench, members.size() + 1);
        java.util.Set<String> tied;
        if (pr) {
            tied = new HashSet<>();
            var groups = new TreeMap<String, List<String>>();
            groupOf.forEach((code, g) -> groups.computeIfAbsent(g, k -> new ArrayList<>()).add(code));
            for (var g : groups.values()) {
                var ranked = SeatRules.byVotes(g, votes);
                int in = (int) g.stream().filter(members::contains).count();
                int out = (int) g.stream().filter(bench::contains).count();
                checkTop(c, byRank, ranked, votes, in + out, in);
                tied.addAll(SeatRules.decidedByTie(ranked, votes, new HashSet<>(List.of(in, in + out)), in + out));
            }
            for (int i = 0; i + 1 < bench.size(); i++) {
                if (votes.get(bench.get(i)).equals(votes.get(bench.get(i + 1)))) {
                    tied.add(bench.get(i));
                    tied.add(bench.get(i + 1));
                }
            }
        } else {
            var ranked = SeatRules.byVotes(votes.keySet(), votes);
            checkTop(c, byRank, ranked, votes, members.size() + bench.size(), members.size());
            var cuts = new HashSet<Integer>();
            for (int k = seats; k <= seats + alternates; k++) cuts.add(k);
            tied = SeatRules.decidedByTie(ranked, votes, cuts, seats + alternates);
        }
        for (var p : byRank.values()) {
            String flag = String.valueOf(tied.contains(p.candidate()));
            if (!flag.equals(p.tie())) add("seats.tsv", p.line(), c.id(), "tie of " + p.candidate() + " differs", flag, p.tie());
        }
    }

    private void checkDescending(Contest c, TreeMap<Integer, Published> byRank, List<String> codes, int firstRank) {
        for (int i = 1; i < codes.size(); i++) {
            var p = byRank.get(firstRank + i);
            if (Long.parseLong(byRank.get(firstRank + i - 1).votes()) < Long.parseLong(p.votes())) {
                add("seats.tsv", p.line(), c.id(), "more votes than the place above", "<= " + byRank.get(firstRank + i - 1).votes(), p.votes());
            }
        }
    }

    /** Within {@code ranked}, the first {@code placed} must be the placed ones (up to equal votes), members above alternates. */
    private void checkTop(Contest c, TreeMap<Integer, Published> byRank, List<String> ranked, Map<String, Long> votes, int placed, int members) {
        var roleOf = new HashMap<String, String>();
        byRank.values().forEach(p -> roleOf.put(p.candidate(), p.role()));
        long lowestMember = Long.MAX_VALUE, lowestPlaced = Long.MAX_VALUE, highestBench = Long.MIN_VALUE, highestOut = Long.MIN_VALUE;
        for (String code : ranked) {
            long v = votes.get(code);
            String role = roleOf.get(code);
            if ("MEMBER".equals(role)) lowestMember = Math.min(lowestMember, v);
            if (role != null) lowestPlaced = Math.min(lowestPlaced, v);
            if ("ALTERNATE".equals(role)) highestBench = Math.max(highestBench, v);
            if (role == null) highestOut = Math.max(highestOut, v);
        }
        if (highestBench > lowestMember) add("seats.tsv", 0, c.id(), "an alternate has more votes than a member", "<= " + lowestMember, String.valueOf(highestBench));
        if (highestOut > lowestPlaced) add("seats.tsv", 0, c.id(), "a candidate left out has more votes than a placed one", "<= " + lowestPlaced, String.valueOf(highestOut));
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
