package org.entekhabat.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Random but consistent tallies for property tests; small vote ranges make ties common. */
final class Generated {

    private Generated() {}

    static ContestTally tally(Random r, boolean withLists) {
        int nLists = withLists ? r.nextInt(6) : 0;
        long maxVotes = switch (r.nextInt(3)) { case 0 -> 6; case 1 -> 200; default -> 2_000_000; };
        var lists = new ArrayList<CandidateList>();
        var cands = new ArrayList<Candidate>();
        var personal = new LinkedHashMap<String, Long>();
        var listBallots = new LinkedHashMap<String, Long>();
        for (int l = 0; l < nLists; l++) {
            String code = "L" + (l + 1);
            lists.add(new CandidateList(code, "فهرست " + code));
            listBallots.put(code, r.nextInt(3) == 0 ? 0 : (long) (r.nextDouble() * maxVotes));
            int n = 1 + r.nextInt(r.nextBoolean() ? 4 : 25);
            for (int i = 0; i < n; i++) cands.add(candidate(r, code + "-" + (i + 1), code));
        }
        int individuals = (cands.isEmpty() ? 1 : 0) + r.nextInt(30);
        for (int i = 0; i < individuals; i++) cands.add(candidate(r, "I" + (i + 1), null));
        long max = 0;
        for (Candidate c : cands) {
            long v = (long) (r.nextDouble() * maxVotes);
            personal.put(c.code(), v);
            max = Math.max(max, v + (c.listCode() == null ? 0 : listBallots.get(c.listCode())));
        }
        long valid = max + r.nextInt(10), blank = r.nextInt(50), invalid = r.nextInt(50);
        return new ContestTally("C", cands, lists, personal, listBallots, blank, invalid, valid + blank + invalid);
    }

    private static Candidate candidate(Random r, String code, String list) {
        return new Candidate(code, "نامزد " + code, r.nextInt(5) == 0, Degree.values()[r.nextInt(Degree.values().length)], list);
    }

    static Lot lot(Random r) {
        return new Lot(String.format("%016x%016x", r.nextLong(), r.nextLong()));
    }

    /** The same tally with every input list and map in another order. */
    static ContestTally shuffled(ContestTally t, Random r) {
        var cands = new ArrayList<>(t.candidates());
        var lists = new ArrayList<>(t.lists());
        Collections.shuffle(cands, r);
        Collections.shuffle(lists, r);
        return new ContestTally(t.contestId(), cands, lists, reordered(t.personalVotes(), r), reordered(t.listBallots(), r),
                t.blank(), t.invalid(), t.totalBallots());
    }

    private static Map<String, Long> reordered(Map<String, Long> m, Random r) {
        var keys = new ArrayList<>(m.keySet());
        Collections.shuffle(keys, r);
        var out = new LinkedHashMap<String, Long>();
        for (String k : keys) out.put(k, m.get(k));
        return out;
    }

    static List<String> codes(List<Candidate> cs) {
        return cs.stream().map(Candidate::code).toList();
    }
}
