package org.entekhabat.verifier;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;

/**
 * The verifier's own seat rules, written apart from the tally module (no code shared): Hare quota with
 * largest remainder in exact rationals (BigInteger cross-multiplication), and which places equal votes
 * decide. Package-private: only {@link RecordVerifier} uses it.
 */
final class SeatRules {

    private SeatRules() {}

    /** A rational a/b, b > 0, compared exactly. */
    record Ratio(BigInteger num, BigInteger den) implements Comparable<Ratio> {
        static Ratio of(long num, long den) {
            return new Ratio(BigInteger.valueOf(num), BigInteger.valueOf(den));
        }

        BigInteger floor() {
            return num.divide(den); // num >= 0 here
        }

        Ratio fraction() {
            return new Ratio(num.mod(den), den);
        }

        @Override
        public int compareTo(Ratio o) {
            return num.multiply(o.den).compareTo(o.num.multiply(den));
        }
    }

    /**
     * Hare quota and largest remainder: {@code places} among parties with {@code votes} and {@code capacity}
     * (integer parts capped at capacity; remaining places one per open party per round to the largest
     * remainders; when equal remainders straddle the last place of a round, {@code chooser} says which of
     * the tied parties wins, so the published choice of the lot can be checked).
     *
     * @param chooser preference among tied parties (lower wins), e.g. from the published seats
     * @return seats per party, in input order
     */
    static int[] hamilton(long[] votes, int[] capacity, int places, ToIntFunction<Integer> chooser) {
        int n = votes.length;
        int[] seats = new int[n];
        long total = 0;
        for (long v : votes) total += v;
        if (total == 0 || places == 0) return seats;
        Ratio[] remainder = new Ratio[n];
        int given = 0;
        for (int i = 0; i < n; i++) {
            Ratio quotas = new Ratio(BigInteger.valueOf(votes[i]).multiply(BigInteger.valueOf(places)), BigInteger.valueOf(total));
            seats[i] = quotas.floor().min(BigInteger.valueOf(capacity[i])).intValueExact();
            remainder[i] = quotas.fraction();
            given += seats[i];
        }
        int left = places - given;
        while (left > 0) {
            var open = new ArrayList<Integer>();
            for (int i = 0; i < n; i++) if (seats[i] < capacity[i]) open.add(i);
            if (open.isEmpty()) break;
            open.sort(Comparator.comparing((Integer i) -> remainder[i]).reversed());
            List<Integer> winners;
            if (open.size() <= left) {
                winners = open;
            } else {
                Ratio atCut = remainder[open.get(left - 1)];
                if (remainder[open.get(left)].compareTo(atCut) != 0) {
                    winners = open.subList(0, left);
                } else {
                    winners = new ArrayList<>();
                    var tied = new ArrayList<Integer>();
                    for (int i : open) {
                        int c = remainder[i].compareTo(atCut);
                        if (c > 0) winners.add(i);
                        else if (c == 0) tied.add(i);
                    }
                    tied.sort(Comparator.comparingInt(chooser::applyAsInt));
                    winners.addAll(tied.subList(0, left - winners.size()));
                }
            }
            for (int i : winners) seats[i]++;
            left -= winners.size();
        }
        return seats;
    }

    /**
     * Codes whose place equal votes decide: within {@code ranked} (votes descending), an equal-vote run
     * that spans one of {@code cuts} (a cut k lies between places k and k+1); {@code placed} is not needed
     * (only placed candidates carry the flag).
     */
    static Set<String> decidedByTie(List<String> ranked, Map<String, Long> votes, Set<Integer> cuts, int placed) {
        var out = new HashSet<String>();
        int i = 0;
        while (i < ranked.size()) {
            int j = i;
            while (j + 1 < ranked.size() && votes.get(ranked.get(j + 1)).equals(votes.get(ranked.get(i)))) j++;
            // the run holds places i+1 .. j+1; a cut k inside it has i+1 <= k <= j
            boolean spans = false;
            for (int k : cuts) if (k >= i + 1 && k <= j) spans = true;
            if (spans) for (int k = i; k <= j; k++) out.add(ranked.get(k)); // the tie rule may have placed any of them
            i = j + 1;
        }
        return out;
    }

    /** Candidates by votes, most first (code order among equals: any order within equal votes is allowed anyway). */
    static List<String> byVotes(Iterable<String> codes, Map<String, Long> votes) {
        var list = new ArrayList<String>();
        codes.forEach(list::add);
        list.sort(Comparator.comparing((String c) -> -votes.get(c)).thenComparing(Comparator.naturalOrder()));
        return list;
    }

    /** Group code → its candidates, "" for the individuals' bloc. */
    static TreeMap<String, List<String>> groups(Map<String, String> listOf, Set<String> lists) {
        var groups = new TreeMap<String, List<String>>();
        for (String l : lists) groups.put(l, new ArrayList<>());
        groups.put("", new ArrayList<>());
        listOf.forEach((code, list) -> groups.computeIfAbsent(list, k -> new ArrayList<>()).add(code));
        return groups;
    }
}
