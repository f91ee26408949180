package org.entekhabat.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entekhabat.DatabaseTest;
import org.entekhabat.cli.EntekhabatCommand;
import org.entekhabat.results.Results;
import org.entekhabat.polling.StationReport;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.CountingMethod;
import org.entekhabat.results.ResultsFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The server exports its published record; the verifier, with no database and none of the aggregation
 * code, passes it clean, and catches every single-field edit of a report, a total, a regional sum or a seat.
 */
@DatabaseTest
class PublishedRecordVerifierTest {

    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired org.entekhabat.voters.DeviceRegistry devices;
    @Autowired org.entekhabat.results.ResultsRegistry registry;
    @TempDir Path dir;
    ResultsFixture f;
    String city;
    String tehran;

    static final java.util.Map<String, String> TEHRAN_LISTS = java.util.Map.of("501", "امید", "502", "ائتلاف", "503", "صدا");

    static List<ContestDefinition.CandidateInfo> tehranCandidates(int n, Random random) {
        var out = new ArrayList<ContestDefinition.CandidateInfo>();
        for (int i = 0; i < n; i++) {
            String list = switch (random.nextInt(4)) { case 0 -> "501"; case 1 -> "502"; case 2 -> "503"; default -> null; };
            out.add(new ContestDefinition.CandidateInfo(String.valueOf(1101 + i), "n" + i, random.nextInt(6) == 0, "NONE", list));
        }
        return out;
    }

    /** A list-PR count: personal votes and list ballots small enough that no candidate passes the valid ballots. */
    static StationReport.ContestCount prCount(String contest, Random random, long ballots) {
        var personal = new java.util.TreeMap<String, Long>();
        for (int i = 0; i < 30; i++) if (random.nextInt(5) > 0) personal.put(String.valueOf(1101 + i), (long) random.nextInt(40) * (random.nextBoolean() ? 10 : 1));
        var lists = new java.util.TreeMap<String, Long>();
        for (String l : List.of("501", "502", "503")) lists.put(l, (long) random.nextInt(1000));
        return new StationReport.ContestCount(contest, ballots, 30, 20, personal, lists);
    }

    @BeforeEach
    void publish() {
        f = new ResultsFixture(devices, registry);
        city = f.contest("CITY", 3, 2, "S1", "S2", "S3", "S4");
        String village = f.contest("VILLAGE", 3, 2, "S4", "S5", "S6");
        results.receive(f.signed("S1", ResultsFixture.count(city, 3, 1, "11", 120, "12", 80, "13", 80, "14", 60, "15", 7, "16", 7)));
        results.receive(f.signed("S2", ResultsFixture.count(city, 0, 2, "11", 30, "12", 44, "13", 40, "14", 61, "15", 9, "16", 0)));
        results.receive(f.signed("S3", ResultsFixture.count(city, 1, 0, "11", 5, "12", 5, "13", 9, "14", 2, "15", 2, "16", 50)));
        results.receive(f.signed("S4", ResultsFixture.count(city, 2, 0, "11", 1, "12", 2, "13", 3, "14", 4, "15", 5, "16", 6),
                ResultsFixture.count(village, 0, 0, "21", 10, "22", 10, "23", 10, "24", 9)));
        results.receive(f.signed("S5", ResultsFixture.count(village, 1, 1, "21", 1, "22", 2, "23", 3, "24", 4, "25", 4)));
        // Tehran: lists, the bloc, list ballots (list-PR seats recomputed by the verifier's own Hare-LR)
        tehran = f.contest("TEHRAN", CountingMethod.LIST_PR, 21, 11, tehranCandidates(30, new Random(7)), TEHRAN_LISTS, "S7", "S8");
        results.receive(f.signed("S7", prCount(tehran, new Random(8), 4000)));
        results.receive(f.signed("S8", prCount(tehran, new Random(9), 5000)));
        // a tie at the member line that only the lot decides, drawn by the board
        String tie = f.contest("TIE", 3, 2, "S9");
        results.receive(f.signed("S9", ResultsFixture.count(tie, 0, 0, "31", 9, "32", 8, "33", 7, "34", 7, "35", 7, "36", 1)));
        results.drawLot(tie, f.member("county", org.entekhabat.identity.Jurisdiction.county(f.county)), List.of("12", "witness"));
        var central = f.member("central", org.entekhabat.identity.Jurisdiction.NATION);
        results.annul(f.id("S3"), central, "صندوق بی‌مهر", "ART-83");
        // S6 never reports: the village stays provisional
        results.exportRecord(dir);
    }

    @Test
    void aCleanRecordPasses() {
        var report = RecordVerifier.verify(dir);
        assertThat(report.findings()).isEmpty();
        assertThat(report.signaturesChecked()).isGreaterThanOrEqualTo(5);
        assertThat(report.seatsChecked()).isGreaterThanOrEqualTo(10 + 30 + 5); // city, village; Tehran: 30 candidates fill 21 + 9; the tie contest
        assertThat(run("verify", dir.toString())).startsWith("0:").contains("OK");
    }

    @Test
    void aChangedTotalIsNamedWithFileLineContestAndBothValues() throws Exception {
        Path totals = dir.resolve("totals.tsv");
        var lines = Files.readAllLines(totals);
        int index = lines.indexOf(city + "\tcandidate:14\t125");
        assertThat(index).as("the city's total for candidate 14 (S3 annulled)").isPositive();
        lines.set(index, city + "\tcandidate:14\t126");
        Files.write(totals, lines);
        var report = RecordVerifier.verify(dir);
        assertThat(report.findings()).containsExactly(new Finding("totals.tsv", index + 1, city, "candidate:14 differs", "125", "126"));
        assertThat(run("verify", dir.toString())).startsWith("1:")
                .contains("totals.tsv:" + (index + 1) + " contest " + city + ": candidate:14 differs (expected 125, published 126)");
    }

    @Test
    void aChangedReportIsCaughtByItsChainAndItsSignature() throws Exception {
        Path s1 = dir.resolve("stations/" + f.id("S1") + ".txt");
        Files.writeString(s1, Files.readString(s1).replace("candidate=11 votes=120", "candidate=11 votes=121"));
        var report = RecordVerifier.verify(dir);
        assertThat(report.findings()).anySatisfy(x -> {
            assertThat(x.file()).isEqualTo("stations/" + f.id("S1") + ".txt");
            assertThat(x.what()).contains("hash chain");
            assertThat(x.line()).isPositive();
        });
    }

    /** Random Tehran contests (lists, bloc, ties in votes and remainders) publish records the verifier passes clean. */
    @Test
    void randomListPrRecordsVerifyClean(@TempDir Path other) {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int n = 0; n < 12; n++) {
            String id = f.contest("PR" + n, CountingMethod.LIST_PR, 1 + random.nextInt(21), random.nextInt(12),
                    tehranCandidates(5 + random.nextInt(26), random), TEHRAN_LISTS, "P" + n);
            var count = prCount(id, random, 3000);
            if (random.nextBoolean()) { // equal votes everywhere: ties at cuts and equal remainders
                var flat = new java.util.TreeMap<String, Long>();
                count.candidateVotes().keySet().forEach(k -> flat.put(k, 5L));
                count = new StationReport.ContestCount(id, 3000, 30, 20, flat, new java.util.TreeMap<>(java.util.Map.of("501", 100L, "502", 100L, "503", 100L)));
            }
            results.receive(f.signed("P" + n, count));
            if (random.nextBoolean()) results.drawLot(id, f.member("c", org.entekhabat.identity.Jurisdiction.NATION), List.of("a" + n, "b" + seed));
        }
        results.exportRecord(other);
        var report = RecordVerifier.verify(other);
        assertThat(report.findings()).as("seed %d", seed).isEmpty();
    }

    /** Every single-field edit of the published record is caught: report numbers, totals, regional sums, seats, deleted lines. */
    @Test
    void everySingleFieldEditIsCaught() throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var files = new ArrayList<Path>();
        try (var s = Files.list(dir.resolve("stations"))) {
            s.filter(p -> p.toString().endsWith(".txt")).forEach(files::add);
        }
        for (int n = 0; n < 500; n++) {
            int kind = random.nextInt(5);
            Path file = switch (kind) {
                case 0 -> files.get(random.nextInt(files.size()));
                case 1 -> dir.resolve("totals.tsv");
                case 2 -> dir.resolve("regions.tsv");
                case 3 -> dir.resolve("seats.tsv");
                default -> dir.resolve(List.of("totals.tsv", "regions.tsv", "seats.tsv", "keys.tsv", "expected-stations.tsv",
                        "annulled.tsv", "contests.tsv").get(random.nextInt(7)));
                // keys.tsv: only a key that signs a published report matters (keys of silent stations check nothing)
            };
            String original = Files.readString(file);
            String edited = switch (kind) {
                case 0 -> changeADigit(original, random);
                case 1, 2 -> changeLastField(original, random);
                case 3 -> changeASeatField(original, random);
                default -> file.endsWith("keys.tsv") ? deleteAKeyInUse(original, files, random) : deleteALine(original, random);
            };
            if (edited == null) continue; // nothing to edit in this file (e.g. no lines)
            Files.writeString(file, edited);
            try {
                var report = RecordVerifier.verify(dir);
                String name = dir.relativize(file).toString();
                assertThat(report.ok()).as("seed %d, case %d: edit of %s not caught", seed, n, name).isFalse();
            } finally {
                Files.writeString(file, original);
            }
        }
        assertThat(RecordVerifier.verify(dir).ok()).as("restored record passes (seed %d)", seed).isTrue();
    }

    private static String[] body(String text) {
        return text.split("\n", -1);
    }

    private static String changeADigit(String text, Random random) {
        int pos;
        do { pos = random.nextInt(text.length()); } while (!Character.isDigit(text.charAt(pos)));
        char changed = (char) ('0' + (text.charAt(pos) - '0' + 1 + random.nextInt(9)) % 10);
        return text.substring(0, pos) + changed + text.substring(pos + 1);
    }

    private static String changeLastField(String text, Random random) {
        var lines = body(text);
        if (lines.length <= 2) return null;
        int i = 1 + random.nextInt(lines.length - 2);
        var cells = lines[i].split("\t", -1);
        long value = Long.parseLong(cells[cells.length - 1]);
        long delta = random.nextBoolean() ? 1 + random.nextInt(3) : -(1 + random.nextInt(3));
        cells[cells.length - 1] = String.valueOf(value + delta);
        lines[i] = String.join("\t", cells);
        return String.join("\n", lines);
    }

    private static String changeASeatField(String text, Random random) {
        var lines = body(text);
        if (lines.length <= 2) return null;
        int i = 1 + random.nextInt(lines.length - 2);
        var c = lines[i].split("\t", -1); // contest_id, rank, role, candidate, votes, tie
        switch (random.nextInt(5)) {
            case 0 -> c[1] = String.valueOf(Integer.parseInt(c[1]) + 1 + random.nextInt(2));
            case 1 -> c[2] = c[2].equals("MEMBER") ? "ALTERNATE" : "MEMBER";
            case 2 -> c[3] = c[3] + (1 + random.nextInt(9));
            case 3 -> c[4] = String.valueOf(Long.parseLong(c[4]) + (random.nextBoolean() ? 1 : -1));
            default -> c[5] = String.valueOf(!Boolean.parseBoolean(c[5]));
        }
        lines[i] = String.join("\t", c);
        return String.join("\n", lines);
    }

    private static String deleteALine(String text, Random random) {
        var lines = new ArrayList<>(List.of(body(text)));
        if (lines.size() <= 2) return null;
        lines.remove(1 + random.nextInt(lines.size() - 2));
        return String.join("\n", lines);
    }

    private static String deleteAKeyInUse(String text, List<Path> reports, Random random) {
        String station = reports.get(random.nextInt(reports.size())).getFileName().toString().replace(".txt", "");
        var lines = new ArrayList<>(List.of(body(text)));
        lines.removeIf(l -> l.split("\t", -1).length > 1 && l.split("\t", -1)[1].equals(station));
        return String.join("\n", lines);
    }

    /** Runs the real CLI; returns "exit:" + stdout. */
    private static String run(String... args) {
        var out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = EntekhabatCommand.run(args);
            return code + ":" + out.toString(StandardCharsets.UTF_8);
        } finally {
            System.setOut(old);
        }
    }
}
