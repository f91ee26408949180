package org.entekhabat.verifier;

import java.util.List;

/** What {@link RecordVerifier} checked and what failed; {@link #ok()} when nothing failed. */
public record VerificationReport(String version, int stationReports, int signaturesChecked, int contests,
                                 int totalsChecked, int regionsChecked, int seatsChecked, List<Finding> findings) {

    public boolean ok() {
        return findings.isEmpty();
    }
}
