package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of the list count over thousands of random contests (seed in every message). */
class ProportionalPropertyTest {

    private static final int CASES = 2_000;

    @Test
    void seatsAddUpAndNoListExceedsItsCandidates() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, true);
            var m = method(r);
            var res = Count.run(m, t, Generated.lot(r));
            String why = "seed " + seed + ", case " + i;
            long votes = t.candidates().stream().mapToLong(t::votes).sum();
            int expected = votes == 0 ? 0 : Math.min(m.seats(), t.candidates().size());
            assertThat(res.lists().stream().mapToInt(ListResult::seats).sum()).as(why).isEqualTo(expected);
            assertThat(res.members()).as(why).hasSize(expected);
            assertThat(res.unfilledSeats()).as(why).isEqualTo(m.seats() - expected);
            assertThat(res.lists()).as(why).allSatisfy(l -> {
                assertThat(l.seats()).isLessThanOrEqualTo(l.candidates());
                assertThat(l.elected()).hasSize(l.seats());
                assertThat(l.seats() + l.alternates().size()).isLessThanOrEqualTo(l.candidates());
            });
            if (votes > 0) {
                int left = t.candidates().size() - expected;
                assertThat(res.alternates()).as(why).hasSize(Math.min(m.alternates(), left));
            }
            assertThat(res.lists().stream().mapToLong(ListResult::votes).sum()).as(why).isEqualTo(votes);
        }
    }

    @Test
    void seatsEqualAnIndependentHighPrecisionQuotaCount() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, true);
            var m = method(r);
            var res = Count.run(m, t, Generated.lot(r));
            String why = "seed " + seed + ", case " + i;
            var draws = new DrawCursor(res.draws());
            List<int[]> seats = independent(res.lists(), m.seats(), null, draws);
            for (int k = 0; k < res.lists().size(); k++) {
                ListResult l = res.lists().get(k);
                assertThat(l.seats()).as(why + ", list " + l.code()).isEqualTo(seats.get(k)[0]);
            }
            if (m.alternatesPolicy() == AlternatesPolicy.PROPORTIONAL && res.quota().isPresent()) {
                List<int[]> alts = independent(res.lists(), m.alternates(), seats, draws);
                for (int k = 0; k < res.lists().size(); k++) {
                    ListResult l = res.lists().get(k);
                    assertThat(l.alternates()).as(why + ", alternates of " + l.code()).hasSize(alts.get(k)[0]);
                }
            }
        }
    }

    @Test
    void theOrderOfTheInputNeverMatters() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES / 3; i++) {
            var t = Generated.tally(r, true);
            var m = method(r);
            var lot = Generated.lot(r);
            assertThat(Count.run(m, Generated.shuffled(t, r), lot)).as("seed " + seed + ", case " + i)
                    .isEqualTo(Count.run(m, t, lot));
        }
    }

    @Test
    void withinAListTheElectedHaveTheMostVotes() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, true);
            var res = Count.run(method(r), t, Generated.lot(r));
            final int c0 = i;
            for (ListResult l : res.lists()) {
                long minIn = res.totals().stream().filter(c -> l.elected().contains(c.candidate().code()))
                        .mapToLong(CandidateTotal::votes).min().orElse(Long.MAX_VALUE);
                res.totals().stream().filter(c -> l.code().equals(group(c.candidate())) && !l.elected().contains(c.candidate().code()))
                        .forEach(c -> assertThat(c.votes()).as("seed " + seed + ", case " + c0).isLessThanOrEqualTo(minIn));
            }
        }
    }

    private static String group(Candidate c) {
        return c.listCode() == null ? ListResult.BLOC : c.listCode();
    }

    private static CountingMethod.ListProportional method(Random r) {
        int seats = new int[] {3, 5, 7, 21}[r.nextInt(4)];
        return new CountingMethod.ListProportional(seats, r.nextInt(12),
                r.nextBoolean() ? AlternatesPolicy.PROPORTIONAL : AlternatesPolicy.BY_VOTES);
    }

    /**
     * Hare + largest remainder written again, differently: BigDecimal with 60 decimals (a fixed scale, so equal rationals give equal decimals) instead of
     * fractions, remainders as decimals. Where equal remainders straddle the cut, it takes the outcome
     * of the lot the count recorded (the lot itself is tested elsewhere). {@code taken} = seats already
     * held (for the alternates stage), reducing each group's capacity.
     */
    private static List<int[]> independent(List<ListResult> lists, int places, List<int[]> taken, DrawCursor draws) {
        BigDecimal total = BigDecimal.valueOf(lists.stream().mapToLong(ListResult::votes).sum());
        var out = new ArrayList<int[]>();
        if (total.signum() == 0) {
            for (ListResult l : lists) out.add(new int[] {0});
            return out;
        }
        int n = lists.size();
        int[] seats = new int[n], cap = new int[n];
        BigDecimal[] rem = new BigDecimal[n];
        int remaining = places;
        for (int k = 0; k < n; k++) {
            cap[k] = lists.get(k).candidates() - (taken == null ? 0 : taken.get(k)[0]);
            BigDecimal q = BigDecimal.valueOf(lists.get(k).votes()).multiply(BigDecimal.valueOf(places)).divide(total, 60, RoundingMode.DOWN);
            BigInteger whole = q.setScale(0, RoundingMode.FLOOR).toBigInteger();
            seats[k] = whole.min(BigInteger.valueOf(cap[k])).intValue();
            rem[k] = q.subtract(new BigDecimal(whole));
            remaining -= seats[k];
        }
        while (remaining > 0) {
            var open = new ArrayList<Integer>();
            for (int k = 0; k < n; k++) if (seats[k] < cap[k]) open.add(k);
            if (open.isEmpty()) break;
            open.sort(Comparator.comparing((Integer k) -> rem[k]).reversed()
                    .thenComparing(k -> lists.get(k).code().length()).thenComparing(k -> lists.get(k).code()));
            if (open.size() > remaining && rem[open.get(remaining - 1)].compareTo(rem[open.get(remaining)]) == 0) {
                BigDecimal tie = rem[open.get(remaining)];
                var tied = open.stream().filter(k -> rem[k].compareTo(tie) == 0).map(k -> lists.get(k).code()).sorted().toList();
                List<String> drawn = draws.next(tied);
                var above = open.stream().filter(k -> rem[k].compareTo(tie) > 0).toList();
                var reordered = new ArrayList<>(above);
                for (String code : drawn) {
                    for (int k = 0; k < n; k++) if (lists.get(k).code().equals(code)) reordered.add(k);
                }
                open = reordered;
            }
            int give = Math.min(remaining, open.size());
            for (int g = 0; g < give; g++) seats[open.get(g)]++;
            remaining -= give;
        }
        for (int k = 0; k < n; k++) out.add(new int[] {seats[k]});
        return out;
    }

    /** Walks the recorded draws in order, finding the next one among exactly the given codes. */
    private static final class DrawCursor {
        private final List<LotDraw> draws;
        private int at;

        DrawCursor(List<LotDraw> draws) { this.draws = draws; }

        List<String> next(List<String> tied) {
            while (at < draws.size()) {
                LotDraw d = draws.get(at++);
                if (d.tied().equals(tied)) return d.outcome();
            }
            throw new AssertionError("no recorded draw among " + tied);
        }
    }
}
