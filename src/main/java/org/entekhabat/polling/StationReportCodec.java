package org.entekhabat.polling;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * The canonical text of a station report: one fact per line, Latin digits, sorted keys, so the
 * same report always gives the same bytes. Each contest block ends with a chained hash
 * {@code h_i = SHA-256(h_{i-1} ‖ block_i)} (starting from the hash of the header), and the last line is
 * the report hash: changing, removing, reordering or inserting any total breaks the chain.
 * <pre>
 * entekhabat-station-report/1
 * election=1405
 * ...
 * contest=CITY-1000001
 * ballots=…  blank=…  invalid=…
 * candidate=1001 votes=…
 * list=L1 votes=…
 * chain=&lt;hex&gt;
 * report=&lt;hex&gt;
 * </pre>
 */
public final class StationReportCodec {

    public static final String MAGIC = "entekhabat-station-report/1";

    private StationReportCodec() {}

    public static String encode(StationReport r) {
        var header = new StringBuilder();
        header.append(MAGIC).append('\n');
        line(header, "election", r.electionId());
        line(header, "station", r.stationCode());
        line(header, "device", r.deviceId());
        line(header, "opened", r.openedAt() == null ? "" : r.openedAt().toString());
        line(header, "closed", r.closedAt() == null ? "" : r.closedAt().toString());
        line(header, "authenticated", r.authenticated());
        line(header, "electronic", r.electronicBallots());
        line(header, "paper", r.paperBallots());
        line(header, "reconciliation", r.reconciliationNote().replace('\n', ' '));
        line(header, "journal-head", r.journalHead());
        var out = new StringBuilder(header);
        String chain = sha256(header.toString());
        for (var c : r.contests()) {
            String block = contestBlock(c);
            chain = sha256(chain + block);
            out.append(block);
            line(out, "chain", chain);
        }
        line(out, "report", sha256(out.toString()));
        return out.toString();
    }

    private static String contestBlock(StationReport.ContestCount c) {
        var b = new StringBuilder();
        line(b, "contest", c.contestId());
        b.append("ballots=").append(c.ballots()).append(" blank=").append(c.blank())
                .append(" invalid=").append(c.invalid()).append('\n');
        c.candidateVotes().forEach((code, votes) -> b.append("candidate=").append(code).append(" votes=").append(votes).append('\n'));
        c.listVotes().forEach((code, votes) -> b.append("list=").append(code).append(" votes=").append(votes).append('\n'));
        return b.toString();
    }

    /** The report hash: the last line of the canonical text. */
    public static String hash(StationReport r) {
        String text = encode(r);
        return text.substring(text.lastIndexOf("report=") + 7).trim();
    }

    /**
     * Parses a canonical text and re-checks every chained hash and the report hash.
     * @throws IllegalArgumentException naming the first line that does not fit
     */
    public static StationReport decode(String text) {
        var lines = text.split("\n", -1);
        if (lines.length < 12 || !lines[0].equals(MAGIC)) throw new IllegalArgumentException("line 1: not a station report");
        int i = 1;
        String election = value(lines, i++, "election");
        String station = value(lines, i++, "station");
        String device = value(lines, i++, "device");
        String opened = value(lines, i++, "opened");
        String closed = value(lines, i++, "closed");
        long auth = Long.parseLong(value(lines, i++, "authenticated"));
        long electronic = Long.parseLong(value(lines, i++, "electronic"));
        long paper = Long.parseLong(value(lines, i++, "paper"));
        String note = value(lines, i++, "reconciliation");
        String head = value(lines, i++, "journal-head");
        var contests = new ArrayList<StationReport.ContestCount>();
        while (lines[i].startsWith("contest=")) {
            String id = value(lines, i++, "contest");
            var totals = lines[i++].split(" ");
            long ballots = Long.parseLong(field(totals[0], "ballots", i));
            long blank = Long.parseLong(field(totals[1], "blank", i));
            long invalid = Long.parseLong(field(totals[2], "invalid", i));
            var candidates = new TreeMap<String, Long>();
            var lists = new TreeMap<String, Long>();
            while (lines[i].startsWith("candidate=") || lines[i].startsWith("list=")) {
                var parts = lines[i].split(" ");
                var target = parts[0].startsWith("candidate=") ? candidates : lists;
                target.put(parts[0].substring(parts[0].indexOf('=') + 1), Long.parseLong(field(parts[1], "votes", i + 1)));
                i++;
            }
            value(lines, i++, "chain");
            contests.add(new StationReport.ContestCount(id, ballots, blank, invalid, candidates, lists));
        }
        var report = new StationReport(election, station, device, instant(opened, 5), instant(closed, 6),
                auth, electronic, paper, note, head, contests);
        String again = encode(report);
        if (!again.equals(text)) throw new IllegalArgumentException(firstDifference(text, again));
        return report;
    }

    private static Instant instant(String text, int lineNo) {
        if (text.isEmpty()) return null;
        try {
            return Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("line " + lineNo + ": not an ISO instant: " + text);
        }
    }

    private static String firstDifference(String given, String canonical) {
        var a = given.split("\n", -1);
        var b = canonical.split("\n", -1);
        for (int k = 0; k < Math.min(a.length, b.length); k++) {
            if (!a[k].equals(b[k])) return "line " + (k + 1) + ": \"" + a[k] + "\" does not match its hash chain (expected \"" + b[k] + "\")";
        }
        return "line " + (Math.min(a.length, b.length) + 1) + ": report length differs from its canonical form";
    }

    private static String value(String[] lines, int i, String key) {
        if (i >= lines.length || !lines[i].startsWith(key + "=")) {
            throw new IllegalArgumentException("line " + (i + 1) + ": expected " + key + "=");
        }
        return lines[i].substring(key.length() + 1);
    }

    private static String field(String token, String key, int lineNo) {
        if (!token.startsWith(key + "=")) throw new IllegalArgumentException("line " + lineNo + ": expected " + key + "=");
        return token.substring(key.length() + 1);
    }

    private static void line(StringBuilder b, String key, Object value) {
        b.append(key).append('=').append(value).append('\n');
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
