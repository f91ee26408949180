package org.entekhabat.tally;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds consistent tallies for the tests. */
final class Fixtures {

    final List<Candidate> candidates = new ArrayList<>();
    final List<CandidateList> lists = new ArrayList<>();
    final Map<String, Long> personal = new LinkedHashMap<>();
    final Map<String, Long> listBallots = new LinkedHashMap<>();

    Fixtures candidate(String code, long votes) {
        return candidate(code, votes, false, Degree.BACHELOR);
    }

    Fixtures candidate(String code, long votes, boolean veteran, Degree degree) {
        candidates.add(Candidate.of(code, "نامزد " + code, veteran, degree));
        personal.put(code, votes);
        return this;
    }

    /**
     * A list of {@code n} members, each receiving {@code ballots} list votes, whose own-code votes sum to
     * {@code total - n * ballots}, all different (member 1 highest), so the list total is exactly {@code total}.
     */
    Fixtures list(String code, int n, long total, long ballots) {
        lists.add(new CandidateList(code, "فهرست " + code));
        listBallots.put(code, ballots);
        long own = total - n * ballots;
        long step = 10, extra = step * n * (n - 1) / 2;
        long base = (own - extra) / n, rem = (own - extra) % n;
        if (base < 0) throw new IllegalArgumentException("total too small for distinct votes");
        for (int i = 0; i < n; i++) {
            String c = code + "-" + (i + 1);
            candidates.add(new Candidate(c, "نامزد " + c, false, Degree.MASTER, code));
            personal.put(c, base + step * (n - 1 - i) + (i == 0 ? rem : 0));
        }
        return this;
    }

    /** Individuals whose votes sum to {@code total}, all different. */
    Fixtures individuals(String prefix, int n, long total) {
        long step = 10, extra = step * n * (n - 1) / 2;
        long base = (total - extra) / n, rem = (total - extra) % n;
        for (int i = 0; i < n; i++) candidate(prefix + (i + 1), base + step * (n - 1 - i) + (i == 0 ? rem : 0));
        return this;
    }

    ContestTally tally(long blank, long invalid, long total) {
        return new ContestTally("C1", candidates, lists, personal, listBallots, blank, invalid, total);
    }

    static final Lot LOT = new Lot("00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff");
}
