package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of plurality counts over thousands of random contests (seed in every message). */
class PluralityPropertyTest {

    private static final int CASES = 2_000;

    @Test
    void membersAndAlternatesAreTheTopByVotesWithTheTieRule() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, false);
            var m = method(r);
            var res = Count.run(m, t, Generated.lot(r));
            String why = "seed " + seed + ", case " + i;
            int n = t.candidates().size();
            assertThat(res.members()).as(why).hasSize(Math.min(m.seats(), n));
            assertThat(res.alternates()).as(why).hasSize(Math.min(m.alternates(), Math.max(0, n - m.seats())));
            List<CandidateTotal> totals = res.totals();
            for (int k = 1; k < totals.size(); k++) {
                CandidateTotal a = totals.get(k - 1), b = totals.get(k);
                assertThat(a.votes()).as(why).isGreaterThanOrEqualTo(b.votes());
                if (a.votes() == b.votes() && a.standing() != b.standing() && m instanceof CountingMethod.BlockPlurality) {
                    // at a cut, the council chain: a veteran is never behind a non-veteran, nor a higher degree behind a lower
                    assertThat(!a.candidate().veteran() && b.candidate().veteran()).as(why).isFalse();
                    if (a.candidate().veteran() == b.candidate().veteran()) {
                        assertThat(a.candidate().degree()).as(why).isGreaterThanOrEqualTo(b.candidate().degree());
                    }
                }
            }
        }
    }

    @Test
    void moreVotesNeverCostAMemberTheSeat() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, false);
            var m = method(r);
            var lot = Generated.lot(r);
            var before = Count.run(m, t, lot);
            Candidate c = before.members().get(r.nextInt(before.members().size()));
            var votes = new HashMap<>(t.personalVotes());
            long raised = t.votes(c) + (long) (r.nextDouble() * (t.validBallots() - t.votes(c) + 1));
            votes.put(c.code(), raised);
            var after = Count.run(m, new ContestTally("C", t.candidates(), List.of(), votes, t.listBallots(),
                    t.blank(), t.invalid(), t.totalBallots()), lot);
            assertThat(after.members()).as("seed " + seed + ", case " + i + ": " + c.code() + " raised to " + raised)
                    .contains(c);
        }
    }

    @Test
    void theOrderOfTheInputNeverMatters() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, false);
            var m = method(r);
            var lot = Generated.lot(r);
            assertThat(Count.run(m, Generated.shuffled(t, r), lot)).as("seed " + seed + ", case " + i)
                    .isEqualTo(Count.run(m, t, lot));
        }
    }

    @Test
    void lotsAreDrawnOnlyAtCutsAndAreReproducible() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < CASES; i++) {
            var t = Generated.tally(r, false);
            var m = method(r);
            var lot = Generated.lot(r);
            var res = Count.run(m, t, lot);
            String why = "seed " + seed + ", case " + i;
            for (LotDraw d : res.draws()) {
                assertThat(d.outcome()).as(why).isEqualTo(PluralityGoldenTest.byHand(lot.seedHex(), d.index(), d.tied()));
                // the tied group straddles a place where standing changes
                var standings = d.tied().stream().map(code -> res.totals().stream()
                        .filter(x -> x.candidate().code().equals(code)).findFirst().orElseThrow().standing()).distinct().count();
                boolean amongAlternates = d.tied().stream().filter(code -> res.alternateCodes().contains(code)).count() >= 2;
                assertThat(standings > 1 || amongAlternates).as(why).isTrue();
            }
        }
    }

    private static CountingMethod method(Random r) {
        int seats = new int[] {1, 3, 5, 7, 9, 11, 13, 15, 21}[r.nextInt(9)];
        return switch (r.nextInt(3)) {
            case 0 -> new CountingMethod.SinglePlurality(seats == 21 ? 1 : Math.max(1, seats / 3));
            default -> seats == 1 ? new CountingMethod.BlockPlurality(1, 1) : CountingMethod.council(seats, AlternatesTable.DEFAULT);
        };
    }
}
