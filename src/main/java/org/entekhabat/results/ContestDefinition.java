package org.entekhabat.results;

import java.util.Map;
import java.util.Objects;

/**
 * What the results module needs to know of a contest (حوزه انتخابیه): where it is, how many main
 * members and alternates (علی‌البدل) it elects, how its seats are counted, and candidates' names
 * for display (codes are shown when a name is missing).
 */
public record ContestDefinition(String contestId, String constituencyName, String countyId, String provinceId,
                                int seats, int alternates, CountingMethod method, Map<String, String> candidateNames) {

    public ContestDefinition {
        Objects.requireNonNull(contestId);
        Objects.requireNonNull(method);
        if (seats < 1 || alternates < 0) throw new IllegalArgumentException("seats must be >= 1, alternates >= 0");
        candidateNames = candidateNames == null ? Map.of() : Map.copyOf(candidateNames);
    }

    public String nameOf(String candidateCode) {
        return candidateNames.getOrDefault(candidateCode, candidateCode);
    }
}
