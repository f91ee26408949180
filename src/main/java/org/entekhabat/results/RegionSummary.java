package org.entekhabat.results;

/**
 * Totals of a county, a province or the nation, summed over the contests in it (a ballot for two
 * contests at one station counts once in each). Candidate votes are per contest and not summed here.
 *
 * @param scope "nation", "province:ID" or "county:ID"
 */
public record RegionSummary(String scope, String name, long ballots, long blank, long invalid,
                            long stationsReported, long stationsExpected, int contests, int contestsFinal) {

    public long stationsMissing() {
        return stationsExpected - stationsReported;
    }
}
