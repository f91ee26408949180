package org.entekhabat.candidacy;

import java.time.LocalDate;

/** One family of candidate conditions. Plain Java: no I/O, no clock; the day is passed in. */
public interface EligibilityRule {

    /**
     * @param facts  what the candidate has given so far (may be partial)
     * @param policy the configurable numbers
     * @param today  the registration (submission) day
     */
    EligibilityFinding check(CandidateFacts facts, EligibilityPolicy policy, LocalDate today);
}
