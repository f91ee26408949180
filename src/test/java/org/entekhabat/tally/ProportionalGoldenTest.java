package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Golden cases for Tehran's list count (DOMAIN §5), each worked by hand in the comments. */
class ProportionalGoldenTest {

    /**
     * The officials' example [S39]: "20% of the votes → 20% of the seats".
     * Candidates' votes V = 1,000,000; quota = 1,000,000 ÷ 21 = 47,619 1/21.
     * A: 200,000 (20%) → 200,000 × 21 ÷ 1,000,000 = 21/5 = 4 + 1/5 → 4 seats, remainder 0.2
     * B: 450,000 (45%) → 9,450,000 ÷ 1,000,000 = 189/20 = 9 + 9/20 → 9, remainder 0.45
     * C: 350,000 (35%) → 147/20 = 7 + 7/20 → 7, remainder 0.35
     * Integer parts give 20 seats; the 21st goes to the largest remainder, B (0.45 > 0.35 > 0.2).
     * So 20% of the votes gives 4 seats (4/21 ≈ 19%): the arithmetic of "20% → 20%" is 4.2 seats,
     * and seats are whole.
     */
    @Test
    void twentyPercentOfTheVotesIsFourPointTwoSeats() {
        var f = new Fixtures().list("A", 21, 200_000, 0).list("B", 21, 450_000, 0).list("C", 21, 350_000, 0);
        var r = Count.run(CountingMethod.tehran(), f.tally(0, 0, 1_000_000), Fixtures.LOT);

        assertThat(r.quota()).contains(Fraction.of(1_000_000, 21));
        assertThat(r.candidateVotes()).isEqualTo(1_000_000);
        var a = r.list("A").orElseThrow();
        assertThat(a.quotas()).isEqualTo(Fraction.of(21, 5));
        assertThat(a.integerPart()).isEqualTo(BigInteger.valueOf(4));
        assertThat(a.remainder()).isEqualTo(Fraction.of(1, 5));
        assertThat(a.seats()).isEqualTo(4);
        assertThat(r.list("B").orElseThrow().remainder()).isEqualTo(Fraction.of(9, 20));
        assertThat(r.list("B").orElseThrow().seats()).isEqualTo(10);
        assertThat(r.list("C").orElseThrow().seats()).isEqualTo(7);
        assertThat(r.members()).hasSize(21);
        assertThat(r.members()).filteredOn(c -> "A".equals(c.listCode()))
                .extracting(Candidate::code).containsExactlyInAnyOrder("A-1", "A-2", "A-3", "A-4");
        assertThat(r.minutesEn()).contains("200000 × 21 ÷ 1000000 = 21/5 = 4 + 1/5 (remainder ≈ 0.2000)");
        assertThat(r.minutesFa()).contains("۲۱/۵").contains("۰٫۲۰۰۰");
        assertThat(r.draws()).isEmpty();
    }

    /**
     * Hand-worked Hare-LR with list votes, a full list and the bloc. 21 seats, 11 alternates.
     * Candidates' votes V = 2,100,000, so quota = 2,100,000 ÷ 21 = 100,000 exactly.
     * <pre>
     *  group  cands  votes     quotas            integer  remainder
     *  L1     21     715,000   143/20 = 7.15     7        3/20
     *  L2     21     652,000   163/25 = 6.52     6        13/25
     *  L3     10     333,000   333/100 = 3.33    3        33/100
     *  L4      2     360,000   18/5 = 3.6        3 → 2 (only 2 candidates; 1 seat of surplus)
     *  bloc    5      40,000   2/5 = 0.4         0        2/5
     * </pre>
     * Integer seats 7+6+3+2+0 = 18; 3 left. L4 is full, so its remainder 0.6 does not count.
     * Remainders of the open groups: L2 0.52 > bloc 0.40 > L3 0.33 > L1 0.15 → L2, bloc, L3.
     * Seats: L1 7, L2 7, L3 4, L4 2, bloc 1 = 21.
     * L2 members get 20,000 list votes each (one per list ballot): 420,000 + 232,000 own = 652,000.
     * <p>Alternates (PROPORTIONAL): 11 places, same totals; quotas = votes × 11 ÷ 2,100,000;
     * capacities are the candidates left: L1 14, L2 14, L3 6, L4 0, bloc 4.
     * <pre>
     *  L1  7,865,000/2,100,000 = 3 + 313/420 (0.7452)
     *  L2  7,172,000/2,100,000 = 3 + 872/2100 = 3 + 218/525 (0.4152)
     *  L3  3,663,000/2,100,000 = 1 + 521/700 (0.7443)
     *  L4  3,960,000/2,100,000 = 1 → 0 (no candidate left)
     *  bloc  440,000/2,100,000 = 0 + 22/105 (0.2095)
     * </pre>
     * Integer places 3+3+1+0+0 = 7; 4 left for 4 open groups: one each. L1 beats L3 exactly:
     * 313 × 700 = 219,100 > 521 × 420 = 218,820. Alternates: L1 4, L2 4, L3 2, bloc 1 = 11.
     */
    @Test
    void handWorkedHareLargestRemainder() {
        var f = new Fixtures().list("L1", 21, 715_000, 0).list("L2", 21, 652_000, 20_000)
                .list("L3", 10, 333_000, 0).list("L4", 2, 360_000, 0).individuals("I", 5, 40_000);
        var r = Count.run(CountingMethod.tehran(), f.tally(10_000, 5_000, 1_000_000), Fixtures.LOT);

        assertThat(r.quota()).contains(Fraction.integer(100_000));
        assertThat(r.list("L1").orElseThrow().quotas()).isEqualTo(Fraction.of(143, 20));
        assertThat(r.list("L2").orElseThrow().quotas()).isEqualTo(Fraction.of(163, 25));
        assertThat(r.list("L2").orElseThrow().votes()).isEqualTo(652_000);
        assertThat(r.list("L4").orElseThrow().integerPart()).isEqualTo(BigInteger.valueOf(3));
        assertThat(r.list("L4").orElseThrow().integerSeats()).isEqualTo(2);
        assertThat(r.list(ListResult.BLOC).orElseThrow().remainder()).isEqualTo(Fraction.of(2, 5));
        assertThat(r.lists()).extracting(ListResult::code, ListResult::seats, ListResult::remainderSeats)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("L1", 7, 0),
                        org.assertj.core.groups.Tuple.tuple("L2", 7, 1),
                        org.assertj.core.groups.Tuple.tuple("L3", 4, 1),
                        org.assertj.core.groups.Tuple.tuple("L4", 2, 0),
                        org.assertj.core.groups.Tuple.tuple(ListResult.BLOC, 1, 1));
        assertThat(r.lists()).extracting(l -> l.alternates().size()).containsExactly(4, 4, 2, 0, 1);
        assertThat(r.list("L1").orElseThrow().elected()).containsExactly("L1-1", "L1-2", "L1-3", "L1-4", "L1-5", "L1-6", "L1-7");
        assertThat(r.list("L1").orElseThrow().alternates()).containsExactly("L1-8", "L1-9", "L1-10", "L1-11");
        assertThat(r.list(ListResult.BLOC).orElseThrow().elected()).containsExactly("I1");
        assertThat(r.members()).hasSize(21);
        assertThat(r.alternates()).hasSize(11);
        // alternates in vote order across lists
        var votes = r.alternates().stream().mapToLong(c -> r.totals().stream()
                .filter(t -> t.candidate().equals(c)).findFirst().orElseThrow().votes()).toArray();
        for (int i = 1; i < votes.length; i++) assertThat(votes[i - 1]).isGreaterThanOrEqualTo(votes[i]);
        assertThat(r.blank()).isEqualTo(10_000);
        assertThat(r.invalid()).isEqualTo(5_000);
        assertThat(r.validBallots()).isEqualTo(985_000);
        assertThat(r.minutesEn()).contains("L4\" (L4) has only 2 candidates");
        assertThat(r.trace()).filteredOn(s -> s.kind().equals("remainder-seat")).extracting(s -> s.numbers().get("party"))
                .containsExactly("L2", ListResult.BLOC, "L3", "L1", "L3", "L2", ListResult.BLOC);
    }

    @Test
    void byVotesAlternatesAreTheHighestNotElected() {
        var f = new Fixtures().list("L1", 21, 715_000, 0).list("L2", 21, 652_000, 20_000)
                .list("L3", 10, 333_000, 0).list("L4", 2, 360_000, 0).individuals("I", 5, 40_000);
        var m = new CountingMethod.ListProportional(21, 11, AlternatesPolicy.BY_VOTES);
        var r = Count.run(m, f.tally(0, 0, 1_000_000), Fixtures.LOT);
        long lowestAlternate = r.totals().stream().filter(t -> t.standing() == CandidateTotal.Standing.ALTERNATE)
                .mapToLong(CandidateTotal::votes).min().orElseThrow();
        assertThat(r.totals()).filteredOn(t -> t.standing() == CandidateTotal.Standing.NOT_ELECTED)
                .allSatisfy(t -> assertThat(t.votes()).isLessThanOrEqualTo(lowestAlternate));
        assertThat(r.alternates()).hasSize(11);
        assertThat(r.lists()).allSatisfy(l -> assertThat(l.alternates()).isEmpty());
    }

    /** Two lists with equal remainders for the last seat: a recorded, reproducible lot decides. */
    @Test
    void equalRemaindersAreDecidedByLot() {
        // 3 seats; A 100, B 100, C 100, D 0 would be exact; use A 150, B 75, C 75: quota 100,
        // A 1.5 → 1 (0.5), B 0.75, C 0.75 → B and C take the 2 seats left... make them compete for one:
        // A 200, B 50, C 50 (total 300, quota 100): A 2 + 0, B 0 + 1/2, C 0 + 1/2: one seat, equal remainders.
        var f = new Fixtures().list("A", 3, 200, 0).list("B", 3, 50, 0).list("C", 3, 50, 0);
        var m = new CountingMethod.ListProportional(3, 0);
        var r = Count.run(m, f.tally(0, 0, 1_000), Fixtures.LOT);
        assertThat(r.draws()).hasSize(1);
        var d = r.draws().getFirst();
        assertThat(d.tied()).containsExactly("B", "C");
        assertThat(d.outcome()).isEqualTo(Fixtures.LOT.order(1, java.util.List.of("B", "C")));
        assertThat(r.list(d.outcome().getFirst()).orElseThrow().seats()).isEqualTo(1);
        assertThat(r.list(d.outcome().getLast()).orElseThrow().seats()).isEqualTo(0);
        assertThat(Count.run(m, f.tally(0, 0, 1_000), Fixtures.LOT)).isEqualTo(r);
    }

    @Test
    void noVotesNoSeats() {
        var f = new Fixtures().list("A", 3, 30, 0);
        f.personal.replaceAll((k, v) -> 0L);
        var r = Count.run(new CountingMethod.ListProportional(3, 1), f.tally(5, 0, 5), Fixtures.LOT);
        assertThat(r.members()).isEmpty();
        assertThat(r.unfilledSeats()).isEqualTo(3);
        assertThat(r.quota()).isEmpty();
    }
}
