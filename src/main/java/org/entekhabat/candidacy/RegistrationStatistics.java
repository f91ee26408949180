package org.entekhabat.candidacy;

import java.util.List;

/**
 * Counts of submitted (not withdrawn) applications, for the HQ and the press.
 *
 * @param byDay             by submission day (ISO date, Iran time)
 * @param bySex             MALE / FEMALE
 * @param byAgeBand         25-29, 30-39, 40-49, 50-59, 60+ (age on the submission day)
 * @param byEducation       by education level
 * @param byPriorMembership "prior-member" / "new"
 */
public record RegistrationStatistics(long total, List<Count> byDay, List<Count> bySex, List<Count> byAgeBand,
                                     List<Count> byEducation, List<Count> byPriorMembership) {

    public record Count(String key, long count) {}
}
