package org.entekhabat.drills;

import java.util.List;

/**
 * One station's drill day: who came, what was cast, how long each step took (milliseconds) and
 * what went wrong, each problem as {@code KIND: detail} (CLAIM_REFUSED, CLAIM_ANSWER_LOST, CLAIM_RETRY, LINK_DOWN,
 * PAPER_UPLOAD_RETRY, PAPER_COLLISION, PAPER_COUNT_MISMATCH, RECONCILIATION, REPORT_RETRY,
 * REPORT_REFUSED, REPORT_NOT_SENT, ERROR).
 *
 * @param outcome OK (no problem), PROBLEMS (the day finished with problems), FAILED (no accepted report)
 */
public record StationResult(String stationCode, String stationName, String countyId, String provinceId, boolean synthetic,
                            int voters, int electronic, int paper, int refused, int claimRetries, int paperUploads,
                            int paperCollisions, int paperMismatches, long reconciliationDifference, int reportAttempts,
                            String reportStatus, long openMs, long authMs, long voteMs, long paperMs, long closeMs,
                            long reportMs, double claimP95Ms, String outcome, List<String> problems) {

    public StationResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    public boolean usedPaper() {
        return paper > 0 || paperUploads > 0;
    }

    public boolean reportAccepted() {
        return "ACCEPTED".equals(reportStatus) || "DUPLICATE".equals(reportStatus);
    }
}
