package org.entekhabat.tally;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;

/**
 * Folds one contest's ballots into a {@link ContestTally} in O(entries): a hash lookup per code and
 * stamp arrays (no buffers allocated per ballot) to spot duplicates. Not thread-safe; one counter per contest
 * and station, then add the tallies up (or count the union of journals).
 *
 * <p>Reading a marked ballot, entry by entry in the order typed:
 * <ul>
 *   <li>a code that is neither a candidate nor a list of this contest: skipped and counted in
 *       {@link #unknownEntries()} (or voids the ballot, per {@link BallotRules});</li>
 *   <li>a repeated candidate or list: ignored, counted once (OLD rule, DOMAIN §6); so is a candidate
 *       entered on their own when their list is also on the ballot (each candidate gets at most one
 *       vote from a ballot);</li>
 *   <li>a candidate costs one choice, a list costs one per member not already chosen; the first entry
 *       that does not fit in {@link BallotRules#maxChoices()} and all entries after it are ignored
 *       ("from the end", OLD rule, DOMAIN §6) and counted in {@link #overLimitEntries()};</li>
 *   <li>a ballot with no entry, or only with entries ignored as unknown, is blank resp. invalid.</li>
 * </ul>
 */
public final class BallotCounter {

    private final String contestId;
    private final List<Candidate> candidates;
    private final List<CandidateList> lists;
    private final BallotRules rules;
    private final Map<String, Integer> candidateIndex = new HashMap<>();
    private final Map<String, Integer> listIndex = new HashMap<>();
    private final int[][] listMembers;
    private final long[] personal;
    private final long[] listBallots;
    private final int[] chosenStamp;
    private final int[] coveredStamp;
    private final int[] listStamp;
    private final int[] buffer;
    private final int[] takenLists;
    private int stamp;
    private long blank, invalid, total, unknownEntries, duplicateEntries, overLimitEntries;

    public BallotCounter(String contestId, List<Candidate> candidates, List<CandidateList> lists, BallotRules rules) {
        this.contestId = contestId;
        this.candidates = List.copyOf(candidates);
        this.lists = List.copyOf(lists);
        this.rules = rules;
        // an empty tally validates the codes (unique, lists known) before any ballot is read
        new ContestTally(contestId, candidates, lists, Map.of(), Map.of(), 0, 0, 0);
        for (int i = 0; i < this.candidates.size(); i++) candidateIndex.put(this.candidates.get(i).code(), i);
        for (int i = 0; i < this.lists.size(); i++) listIndex.put(this.lists.get(i).code(), i);
        listMembers = membersByList();
        personal = new long[this.candidates.size()];
        listBallots = new long[this.lists.size()];
        chosenStamp = new int[this.candidates.size()];
        coveredStamp = new int[this.candidates.size()];
        listStamp = new int[this.lists.size()];
        buffer = new int[rules.maxChoices()];
        takenLists = new int[this.lists.size()];
    }

    public void add(Ballot ballot) {
        if (!contestId.equals(ballot.contestId())) {
            throw DomainException.badInput("tally.wrong-contest",
                    "برگه رأی به حوزه دیگری تعلق دارد: " + ballot.contestId(),
                    "The ballot belongs to another contest: " + ballot.contestId());
        }
        total++;
        switch (ballot) {
            case Ballot.Blank b -> blank++;
            case Ballot.Marked m -> read(m.codes());
        }
    }

    public void addAll(Iterable<? extends Ballot> ballots) {
        for (Ballot b : ballots) add(b);
    }

    private void read(List<String> codes) {
        if (codes.isEmpty()) {
            blank++;
            return;
        }
        int s = ++stamp;
        int chosen = 0, individuals = 0, listsTaken = 0;
        boolean full = false, unknown = false;
        for (String code : codes) {
            if (full) {
                overLimitEntries++;
                continue;
            }
            Integer ci = candidateIndex.get(code);
            if (ci != null) {
                if (chosenStamp[ci] == s) { duplicateEntries++; continue; }
                if (chosen + 1 > rules.maxChoices()) { full = true; overLimitEntries++; continue; }
                chosenStamp[ci] = s;
                buffer[individuals++] = ci;
                chosen++;
                continue;
            }
            Integer li = listIndex.get(code);
            if (li == null) { unknownEntries++; unknown = true; continue; }
            if (listStamp[li] == s) { duplicateEntries++; continue; }
            int cost = 0;
            for (int m : listMembers[li]) if (chosenStamp[m] != s) cost++;
            if (chosen + cost > rules.maxChoices()) { full = true; overLimitEntries++; continue; }
            listStamp[li] = s;
            for (int m : listMembers[li]) {
                if (chosenStamp[m] == s) duplicateEntries++; // entered on their own too: one vote only
                chosenStamp[m] = s;
                coveredStamp[m] = s;
            }
            chosen += cost;
            takenLists[listsTaken++] = li;
        }
        if ((unknown && rules.unknownCode() == BallotRules.UnknownCode.VOID_BALLOT) || (individuals == 0 && listsTaken == 0)) {
            invalid++;
            return;
        }
        for (int k = 0; k < individuals; k++) if (coveredStamp[buffer[k]] != s) personal[buffer[k]]++;
        for (int k = 0; k < listsTaken; k++) listBallots[takenLists[k]]++;
    }

    /** Ballots that arrived already declared invalid (e.g. from a paper count entered twice). */
    public void addInvalid(long count) {
        if (count < 0) throw new IllegalArgumentException("negative count");
        invalid += count;
        total += count;
    }

    public ContestTally tally() {
        var p = new LinkedHashMap<String, Long>();
        for (int i = 0; i < personal.length; i++) if (personal[i] > 0) p.put(candidates.get(i).code(), personal[i]);
        var l = new LinkedHashMap<String, Long>();
        for (int i = 0; i < listBallots.length; i++) if (listBallots[i] > 0) l.put(lists.get(i).code(), listBallots[i]);
        return new ContestTally(contestId, candidates, lists, p, l, blank, invalid, total);
    }

    /** Entries skipped because no candidate or list of this contest has that code. */
    public long unknownEntries() { return unknownEntries; }

    /** Entries ignored as repeats (the same code, or a candidate whose list is on the ballot). */
    public long duplicateEntries() { return duplicateEntries; }

    /** Entries ignored because the ballot already named the most candidates allowed. */
    public long overLimitEntries() { return overLimitEntries; }

    private int[][] membersByList() {
        var members = new ArrayList<List<Integer>>();
        for (int i = 0; i < lists.size(); i++) members.add(new ArrayList<>());
        for (int i = 0; i < candidates.size(); i++) {
            String lc = candidates.get(i).listCode();
            if (lc != null) members.get(listIndex.get(lc)).add(i);
        }
        return members.stream().map(m -> m.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
    }
}
