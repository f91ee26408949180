package org.entekhabat.drills;

import java.util.List;
import java.util.stream.Collectors;

/** A drill's stations as CSV (UTF-8, one header line, Latin digits), for spreadsheets. */
public final class DrillCsv {

    public static final String HEADER = "run_id,station_code,county_id,province_id,synthetic,outcome,voters,electronic,paper,refused,"
            + "claim_retries,paper_uploads,paper_collisions,paper_mismatches,reconciliation_difference,report_status,report_attempts,"
            + "open_ms,auth_ms,vote_ms,paper_ms,close_ms,report_ms,claim_p95_ms,problems";

    private DrillCsv() {}

    public static String write(DrillReport report) {
        var sb = new StringBuilder(HEADER).append('\n');
        for (var s : report.stations()) {
            sb.append(String.join(",", List.of(report.run().id(), s.stationCode(), s.countyId(), s.provinceId(),
                    Boolean.toString(s.synthetic()), s.outcome(), n(s.voters()), n(s.electronic()), n(s.paper()), n(s.refused()),
                    n(s.claimRetries()), n(s.paperUploads()), n(s.paperCollisions()), n(s.paperMismatches()),
                    n(s.reconciliationDifference()), s.reportStatus(), n(s.reportAttempts()), n(s.openMs()), n(s.authMs()),
                    n(s.voteMs()), n(s.paperMs()), n(s.closeMs()), n(s.reportMs()), String.format(java.util.Locale.ROOT, "%.1f", s.claimP95Ms()),
                    quote(s.problems().stream().collect(Collectors.joining(" | ")))))).append('\n');
        }
        return sb.toString();
    }

    private static String n(long v) {
        return Long.toString(v);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\"", "\"\"").replace('\n', ' ') + "\"";
    }
}
