package org.entekhabat.results;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.entekhabat.platform.DomainException;
import org.entekhabat.tally.AlternatesPolicy;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.Count;
import org.entekhabat.tally.Degree;
import org.entekhabat.tally.ListResult;
import org.entekhabat.tally.Lot;
import org.entekhabat.tally.LotDraw;

/**
 * The results' counting rule is the tally module's ({@link Count#run}): block plurality with the
 * council tie chain (veterans, degree, lot) for councils, Hare quota with largest remainder for
 * Tehran's lists and bloc (alternates apportioned too, {@link AlternatesPolicy#PROPORTIONAL}), single
 * plurality with lot-only ties for the by-elections (docs/counting.md).
 * <p>
 * Candidates come from the contest definition (final list); a code that appears only in the reports
 * is counted as a candidate with no veteran status and degree NONE (documented in docs/RESULTS.md).
 * The lot: with the board's committed seed the draws are final; before it, the count runs with a
 * placeholder seed only to find out whether a lot is needed, and the allocation says {@code lotPending}.
 * Pure: no I/O, exact arithmetic, the same totals, definition and seed give the same allocation.
 */
public final class TallySeatAllocator implements SeatAllocator {

    /** Used only to see whether the count needs a lot before the board commits a seed; never published as final. */
    static final String PLACEHOLDER_SEED = "00".repeat(32);

    @Override
    public Allocation allocate(ContestTotals totals, ContestDefinition def) {
        ContestTally tally;
        try {
            tally = tally(totals, def);
        } catch (DomainException | IllegalArgumentException e) {
            return new Allocation(def.contestId(), List.of(), "شمارش ناسازگار: " + e.getMessage(), List.of(), "", false, List.of());
        }
        boolean seeded = def.lotSeed() != null && !def.lotSeed().isBlank();
        var result = Count.run(method(def), tally, new Lot(seeded ? def.lotSeed() : PLACEHOLDER_SEED));
        var listOf = new HashMap<String, String>();
        for (Candidate c : tally.candidates()) listOf.put(c.code(), c.listCode() == null ? ListResult.BLOC : c.listCode());
        var seats = new ArrayList<Allocation.Seat>();
        Set<String> tied = def.method() == CountingMethod.LIST_PR
                ? TieMarks.proportional(result.memberCodes(), result.alternateCodes(), votes(tally), listOf)
                : TieMarks.plurality(votes(tally), def.seats(), def.method() == CountingMethod.SINGLE_PLURALITY ? 0 : def.alternates());
        int rank = 1;
        for (Candidate c : result.members()) {
            seats.add(new Allocation.Seat(rank++, Allocation.Role.MEMBER, c.code(), tally.votes(c), tied.contains(c.code()),
                    def.method() == CountingMethod.LIST_PR ? listOf.get(c.code()) : ""));
        }
        for (Candidate c : result.alternates()) {
            seats.add(new Allocation.Seat(rank++, Allocation.Role.ALTERNATE, c.code(), tally.votes(c), tied.contains(c.code()),
                    def.method() == CountingMethod.LIST_PR ? listOf.get(c.code()) : ""));
        }
        var draws = result.draws().stream().map(TallySeatAllocator::line).toList();
        var shares = result.lists().stream().map(l -> new Allocation.ListShare(l.code(), l.bloc() ? "منفردین" : l.name(), l.votes(),
                l.candidates(), l.quotas().toString(), l.integerPart().toString(), l.integerSeats(), l.remainder().toString(),
                l.remainderSeats(), l.elected(), l.alternates())).toList();
        boolean pending = !seeded && !result.draws().isEmpty();
        return new Allocation(def.contestId(), seats, result.minutesFa(), pending ? List.of() : draws, seeded ? def.lotSeed() : "",
                pending, shares);
    }

    private static String line(LotDraw d) {
        return "قرعهٔ " + d.index() + " (" + d.cutFa() + "): " + String.join("، ", d.tied()) + " → " + String.join("، ", d.outcome())
                + " | draw " + d.index() + " (" + d.cutEn() + "), digest " + d.digestHex();
    }

    private static org.entekhabat.tally.CountingMethod method(ContestDefinition def) {
        return switch (def.method()) {
            case PLURALITY -> new org.entekhabat.tally.CountingMethod.BlockPlurality(def.seats(), def.alternates());
            case LIST_PR -> new org.entekhabat.tally.CountingMethod.ListProportional(def.seats(), def.alternates(), AlternatesPolicy.PROPORTIONAL);
            case SINGLE_PLURALITY -> new org.entekhabat.tally.CountingMethod.SinglePlurality(def.seats());
        };
    }

    /** The definition's candidates and lists, plus any code only the reports name. */
    static ContestTally tally(ContestTotals totals, ContestDefinition def) {
        var lists = new TreeMap<String, CandidateList>();
        if (def.method() == CountingMethod.LIST_PR) {
            def.lists().forEach((code, title) -> lists.put(code, new CandidateList(code, title)));
            totals.listVotes().keySet().forEach(code -> lists.putIfAbsent(code, new CandidateList(code, code)));
        }
        var candidates = new LinkedHashMap<String, Candidate>();
        for (var c : def.candidates()) {
            String list = def.method() == CountingMethod.LIST_PR && c.listCode() != null && lists.containsKey(c.listCode()) ? c.listCode() : null;
            candidates.put(c.code(), new Candidate(c.code(), c.name(), c.veteran(), degree(c.degree()), list));
        }
        totals.candidateVotes().keySet().forEach(code -> candidates.putIfAbsent(code, Candidate.of(code, code, false, Degree.NONE)));
        var listBallots = def.method() == CountingMethod.LIST_PR ? totals.listVotes() : Map.<String, Long>of();
        return new ContestTally(def.contestId(), List.copyOf(candidates.values()), List.copyOf(lists.values()),
                totals.candidateVotes(), listBallots, totals.blank(), totals.invalid(), totals.ballots());
    }

    private static Degree degree(String name) {
        try {
            return Degree.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Degree.NONE;
        }
    }

    private static Map<String, Long> votes(ContestTally t) {
        var out = new HashMap<String, Long>();
        for (Candidate c : t.candidates()) out.put(c.code(), t.votes(c));
        return out;
    }

    /**
     * Which places equal votes decide (the {@link Allocation.Seat#tie} flag), from the votes alone, so a
     * verifier can compute the same flags without the tie facts. The verifier has its own copy of this rule.
     */
    static final class TieMarks {

        private TieMarks() {}

        /** Block/single plurality: equal-vote runs that straddle a cut at N, N+1, …, N+A (positions counted from the top). */
        static Set<String> plurality(Map<String, Long> votes, int seats, int alternates) {
            var ranked = new ArrayList<>(votes.entrySet());
            ranked.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
            var cuts = new TreeSet<Integer>();
            for (int k = seats; k <= seats + alternates; k++) cuts.add(k);
            return straddling(ranked, cuts, seats + alternates);
        }

        /** Tehran: within each list or the bloc, runs straddling its seat cut or its alternate cut; among the alternates, equal neighbours. */
        static Set<String> proportional(List<String> members, List<String> alternates, Map<String, Long> votes, Map<String, String> listOf) {
            var out = new HashSet<String>();
            var groups = new TreeMap<String, List<Map.Entry<String, Long>>>();
            votes.forEach((code, v) -> groups.computeIfAbsent(listOf.get(code), k -> new ArrayList<>()).add(Map.entry(code, v)));
            var in = new HashSet<>(members);
            var bench = new HashSet<>(alternates);
            groups.forEach((group, list) -> {
                list.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
                int s = (int) list.stream().filter(e -> in.contains(e.getKey())).count();
                int a = (int) list.stream().filter(e -> bench.contains(e.getKey())).count();
                out.addAll(straddling(list, new TreeSet<>(List.of(s, s + a)), s + a));
            });
            for (int i = 0; i + 1 < alternates.size(); i++) {
                if (votes.get(alternates.get(i)).equals(votes.get(alternates.get(i + 1)))) {
                    out.add(alternates.get(i));
                    out.add(alternates.get(i + 1));
                }
            }
            return out;
        }

        /** Codes in an equal-vote run with a cut strictly inside it (only placed ones are flagged; {@code placed} is unused). */
        private static Set<String> straddling(List<Map.Entry<String, Long>> ranked, TreeSet<Integer> cuts, int placed) {
            var out = new HashSet<String>();
            int i = 0;
            while (i < ranked.size()) {
                int j = i + 1;
                while (j < ranked.size() && ranked.get(j).getValue().equals(ranked.get(i).getValue())) j++;
                Integer cut = cuts.higher(i);
                if (cut != null && cut < j) {
                    for (int k = i; k < j; k++) out.add(ranked.get(k).getKey()); // whoever the tie rule placed, not only code order
                }
                i = j;
            }
            return out;
        }
    }
}
