package org.entekhabat.results;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A contest's totals over the stations counted (annulled stations excluded): ballots, blank and
 * invalid ballots, each candidate's personal votes and each list's list-code ballots. Exact integers.
 */
public record ContestTotals(String contestId, long ballots, long blank, long invalid,
                            SortedMap<String, Long> candidateVotes, SortedMap<String, Long> listVotes) {

    public ContestTotals {
        candidateVotes = new TreeMap<>(candidateVotes == null ? Map.of() : candidateVotes);
        listVotes = new TreeMap<>(listVotes == null ? Map.of() : listVotes);
    }

    public static ContestTotals empty(String contestId) {
        return new ContestTotals(contestId, 0, 0, 0, null, null);
    }

    /** Ballots that were neither blank nor invalid. */
    public long valid() {
        return ballots - blank - invalid;
    }
}
