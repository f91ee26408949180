package org.entekhabat.results;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Plurality (اکثریت نسبی) for city and village councils and the by-elections: the top N by votes are
 * main members, the next A are alternates in vote order (DOMAIN.md §1 "Alternates", §6). Candidates
 * with equal votes whose places differ (member vs. alternate, one alternate rank vs. another, or in vs.
 * out) are all marked {@code tie}: Art. 20 note 1 then decides by veterans, degree, and a lot, which
 * this built-in rule does not have the data for. Equal votes wholly inside the members are no tie.
 * LIST_PR contests get no seats here (the tally module's rule does them).
 */
public final class PluralitySeatAllocator implements SeatAllocator {

    @Override
    public Allocation allocate(ContestTotals totals, ContestDefinition def) {
        if (def.method() != CountingMethod.PLURALITY) {
            return new Allocation(def.contestId(), List.of(),
                    "counting method " + def.method() + " is not implemented by the built-in plurality rule", List.of());
        }
        var ranked = new ArrayList<>(totals.candidateVotes().entrySet());
        // most votes first; equal votes in code order only to make the listing stable (the tie flag says it is undecided)
        ranked.sort(Comparator.comparing((Map.Entry<String, Long> e) -> -e.getValue()).thenComparing(Map.Entry::getKey));
        int places = Math.min(ranked.size(), def.seats() + def.alternates());
        var seats = new ArrayList<Allocation.Seat>();
        var trace = new StringBuilder("plurality: " + def.seats() + " members, " + def.alternates() + " alternates, "
                + ranked.size() + " candidates\n");
        for (int i = 0; i < places; i++) {
            var e = ranked.get(i);
            boolean tie = placeIsTied(ranked, i, def.seats());
            var role = i < def.seats() ? Allocation.Role.MEMBER : Allocation.Role.ALTERNATE;
            seats.add(new Allocation.Seat(i + 1, role, e.getKey(), e.getValue(), tie, ""));
            trace.append(i + 1).append(". ").append(e.getKey()).append(' ').append(e.getValue())
                    .append(role == Allocation.Role.MEMBER ? " member" : " alternate").append(tie ? " TIE" : "").append('\n');
        }
        return new Allocation(def.contestId(), seats, trace.toString(), List.of());
    }

    /** Whether candidate i's place depends on how equal votes are ordered. */
    private static boolean placeIsTied(List<Map.Entry<String, Long>> ranked, int i, int seats) {
        long votes = ranked.get(i).getValue();
        int first = i, last = i;
        while (first > 0 && ranked.get(first - 1).getValue() == votes) first--;
        while (last + 1 < ranked.size() && ranked.get(last + 1).getValue() == votes) last++;
        if (first == last) return false;
        return !(last < seats); // a group wholly among the members decides nothing
    }
}
