package org.entekhabat.results;

import java.time.Instant;
import java.util.List;

/**
 * One contest's published result at a publication version: totals, seats, which stations are in,
 * missing or annulled, and whether the county board has certified it.
 */
public record ContestResult(ContestDefinition definition, ContestTotals totals, Allocation allocation, Status status,
                            List<String> stationsIn, List<String> stationsMissing, List<String> stationsAnnulled,
                            long authenticated, Certification certification, long version) {

    /**
     * PROVISIONAL: stations missing (نتایج غیرقطعی); COMPLETE: every expected station in or annulled,
     * not certified; FINAL: certified by the county supervisory board for the current version.
     */
    public enum Status { PROVISIONAL, COMPLETE, FINAL }

    /** The board member who certified, and when (null when not certified). */
    public record Certification(String memberId, String memberName, Instant certifiedAt, long version) {}

    public int stationsExpected() {
        return stationsIn.size() + stationsMissing.size() + stationsAnnulled.size();
    }

    /** Ballots counted per hundred authenticated voters at the counted stations; null when none. */
    public String turnoutNote() {
        return authenticated == 0 ? "" : totals.ballots() + "/" + authenticated;
    }
}
