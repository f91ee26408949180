package org.entekhabat.geography;

import java.util.List;

/**
 * How the 2016 census counties (429) met the current division counties (482): what matched and
 * what did not, on both sides. Totals are preserved: census total = matched + census-only.
 */
public record CensusMatchReport(int censusCounties, int matchedCounties, long censusPopulation,
                                long matchedPopulation, List<Unmatched> censusOnly, List<Unmatched> divisionOnly) {

    public long unmatchedPopulation() {
        return censusOnly.stream().mapToLong(u -> u.population() == null ? 0 : u.population()).sum();
    }

    /** A census county with no division county, or a division county with no census figures. */
    public record Unmatched(String side, int provinceId, String ref, String name, Long population) {}
}
