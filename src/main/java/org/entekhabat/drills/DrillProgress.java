package org.entekhabat.drills;

/**
 * Where a running drill is, for the progress bar and the CLI's progress line.
 *
 * @param phase         PREPARING (sandbox central starting), LOADING (stations, packages, device keys),
 *                      VOTING, CLOSING, REPORTING, DONE or FAILED
 * @param votersDone    voters through authentication (voted, or refused)
 * @param claims        claims answered by the sandbox central (both ways)
 * @param paperVoters   voters registered on paper during a link failure
 * @param elapsedSeconds since the drill started
 */
public record DrillProgress(String runId, String status, String phase, long votersDone, long votersTotal,
                            int stationsTotal, int stationsClosed, int reportsAccepted, long claims, long paperVoters,
                            int problems, double elapsedSeconds) {

    public int percent() {
        if ("DONE".equals(status)) return 100;
        long total = votersTotal + 2L * stationsTotal; // voters, then each station's close and report
        long done = votersDone + stationsClosed + reportsAccepted;
        return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
    }

    public boolean finished() {
        return !"RUNNING".equals(status);
    }

    /** One line for a terminal. */
    public String line() {
        return String.format("%s %3d%%  %-9s voters %d/%d  claims %d  paper %d  closed %d/%d  reports %d/%d  problems %d  %.0fs",
                runId, percent(), phase, votersDone, votersTotal, claims, paperVoters, stationsClosed, stationsTotal,
                reportsAccepted, stationsTotal, problems, elapsedSeconds);
    }
}
