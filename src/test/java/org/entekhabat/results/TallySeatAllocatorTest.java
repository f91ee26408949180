package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.Count;
import org.entekhabat.tally.CountingMethod.ListProportional;
import org.entekhabat.tally.Degree;
import org.entekhabat.tally.Lot;
import org.junit.jupiter.api.Test;

/** The results' seats are the tally module's: golden cases (DOMAIN.md §1, §5, §6), ties and lots, and properties. */
class TallySeatAllocatorTest {

    final SeatAllocator allocator = new TallySeatAllocator();
    static final String SEED = "5eed".repeat(16);

    static ContestDefinition def(int seats, int alternates, List<ContestDefinition.CandidateInfo> candidates, String seed) {
        return new ContestDefinition("C", "شورای شهر", "1230001", "123", seats, alternates, CountingMethod.PLURALITY, candidates, Map.of(), seed);
    }

    static ContestDefinition def(int seats, int alternates) {
        return def(seats, alternates, List.of(), null);
    }

    static ContestTotals totals(Object... codeVotes) {
        var votes = new TreeMap<String, Long>();
        long max = 0;
        for (int i = 0; i < codeVotes.length; i += 2) {
            long v = ((Number) codeVotes[i + 1]).longValue();
            votes.put(codeVotes[i].toString(), v);
            max = Math.max(max, v);
        }
        return new ContestTotals("C", max, 0, 0, votes, null);
    }

    static ContestDefinition.CandidateInfo c(String code, boolean veteran, String degree) {
        return new ContestDefinition.CandidateInfo(code, "نامزد " + code, veteran, degree, null);
    }

    @Test
    void villageOfThreeWithTwoAlternates() { // DOMAIN.md §1: village up to 1,500 people, 3 + 2
        var a = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 60, "15", 50, "16", 40), def(3, 2));
        assertThat(a.members()).extracting(Allocation.Seat::candidate).containsExactly("11", "12", "13");
        assertThat(a.alternates()).extracting(Allocation.Seat::candidate).containsExactly("14", "15");
        assertThat(a.needsLot()).isFalse();
        assertThat(a.trace()).contains("عضو اصلی ۱").contains("علی‌البدل ۲");
    }

    @Test
    void aVeteranThenTheHigherDegreeBreakATieWithoutALot() { // Art. 20 note 1
        var facts = List.of(c("13", false, "DOCTORATE"), c("14", true, "DIPLOMA"), c("15", false, "MASTER"), c("16", false, "BACHELOR"));
        var a = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 70, "15", 50, "16", 50), def(3, 2, facts, null));
        assertThat(a.members()).extracting(Allocation.Seat::candidate).containsExactly("11", "12", "14"); // veteran first
        assertThat(a.alternates()).extracting(Allocation.Seat::candidate).containsExactly("13", "15");    // then MASTER over BACHELOR
        assertThat(a.seats()).filteredOn(Allocation.Seat::tie).extracting(Allocation.Seat::candidate).containsExactlyInAnyOrder("14", "13", "15");
        assertThat(a.needsLot()).isFalse();
        assertThat(a.trace()).contains("ایثارگر");
    }

    @Test
    void equalOnEveryCriterionWaitsForTheBoardsLotThenFollowsTheSeed() {
        var t = totals("11", 90, "12", 80, "13", 70, "14", 70, "15", 50);
        var pending = allocator.allocate(t, def(3, 2));
        assertThat(pending.needsLot()).isTrue();
        assertThat(pending.lotDraws()).isEmpty();
        var drawn = allocator.allocate(t, def(3, 2, List.of(), SEED));
        assertThat(drawn.needsLot()).isFalse();
        assertThat(drawn.lotSeed()).isEqualTo(SEED);
        assertThat(drawn.lotDraws()).singleElement().asString().contains("13").contains("14");
        var direct = Count.run(new org.entekhabat.tally.CountingMethod.BlockPlurality(3, 2),
                ContestTally.plurality("C", List.of(Candidate.of("11", "11", false, Degree.NONE), Candidate.of("12", "12", false, Degree.NONE),
                        Candidate.of("13", "13", false, Degree.NONE), Candidate.of("14", "14", false, Degree.NONE), Candidate.of("15", "15", false, Degree.NONE)),
                        t.candidateVotes(), 0, 0, 90), new Lot(SEED));
        assertThat(drawn.members()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.memberCodes());
        assertThat(drawn.alternates()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.alternateCodes());
    }

    @Test
    void equalVotesAmongMembersDecideNothing() {
        var a = allocator.allocate(totals("11", 90, "12", 90, "13", 70, "14", 60, "15", 50), def(3, 2));
        assertThat(a.needsLot()).isFalse();
        assertThat(a.seats()).noneMatch(Allocation.Seat::tie);
        var lastPlace = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 60, "15", 50, "16", 50), def(3, 2, List.of(), SEED));
        assertThat(lastPlace.seats()).filteredOn(Allocation.Seat::tie).hasSize(1);
    }

    @Test
    void aByElectionIsSinglePluralityWithNoAlternatesAndTiesByLot() { // Majlis law Art 9, DOMAIN §6
        var d = new ContestDefinition("M", "میان‌دوره‌ای", "", "123", 1, 0, CountingMethod.SINGLE_PLURALITY,
                List.of(c("91", true, "DOCTORATE")), Map.of(), null);
        var a = allocator.allocate(new ContestTotals("M", 100, 0, 0, new TreeMap<>(Map.of("91", 50L, "92", 50L)), null), d);
        assertThat(a.needsLot()).as("no veteran rule for the Majlis: straight to the lot").isTrue();
        assertThat(a.alternates()).isEmpty();
    }

    /** Tehran: three lists and the bloc; the allocation equals the tally module's count on the same tally. */
    @Test
    void tehranListPrEqualsTheTallyModule() {
        var candidates = new ArrayList<ContestDefinition.CandidateInfo>();
        var tallyCandidates = new ArrayList<Candidate>();
        var votes = new TreeMap<String, Long>();
        var random = new Random(1405);
        for (int i = 0; i < 40; i++) {
            String code = String.valueOf(1101 + i);
            String list = i < 16 ? "501" : i < 28 ? "502" : i < 34 ? "503" : null;
            candidates.add(new ContestDefinition.CandidateInfo(code, "n" + code, false, "NONE", list));
            tallyCandidates.add(new Candidate(code, "n" + code, false, Degree.NONE, list));
            votes.put(code, (long) random.nextInt(5000));
        }
        var lists = new TreeMap<>(Map.of("501", "امید", "502", "ائتلاف", "503", "صدای شهر"));
        var listVotes = new TreeMap<>(Map.of("501", 90_000L, "502", 60_000L, "503", 20_000L));
        var d = new ContestDefinition("PR", "تهران", "1230001", "123", 21, 11, CountingMethod.LIST_PR, candidates, lists, SEED);
        var t = new ContestTotals("PR", 400_000, 10_000, 5_000, votes, listVotes);
        var a = allocator.allocate(t, d);
        var direct = Count.run(new ListProportional(21, 11), new ContestTally("PR", tallyCandidates,
                List.of(new CandidateList("501", "امید"), new CandidateList("502", "ائتلاف"), new CandidateList("503", "صدای شهر")),
                votes, listVotes, 10_000, 5_000, 400_000), new Lot(SEED));
        assertThat(a.members()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.memberCodes());
        assertThat(a.alternates()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.alternateCodes());
        assertThat(a.shares()).extracting(Allocation.ListShare::code).containsExactly("501", "502", "503", "INDIVIDUALS");
        assertThat(a.shares().stream().mapToInt(Allocation.ListShare::seats).sum()).isEqualTo(21);
        assertThat(a.trace()).isEqualTo(direct.minutesFa());
        assertThat(a.members()).allSatisfy(s -> assertThat(s.list()).isNotEmpty());
    }

    @Test
    void pluralityEqualsTheTallyAndTieFlagsFollowTheVotesAlone() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int n = 0; n < 3_000; n++) {
            var votes = new TreeMap<String, Long>();
            var facts = new ArrayList<ContestDefinition.CandidateInfo>();
            var tallyCandidates = new ArrayList<Candidate>();
            int candidates = random.nextInt(20);
            for (int c = 0; c < candidates; c++) {
                String code = String.valueOf(100 + c);
                votes.put(code, (long) random.nextInt(8));
                boolean veteran = random.nextInt(5) == 0;
                Degree degree = Degree.values()[random.nextInt(Degree.values().length)];
                facts.add(new ContestDefinition.CandidateInfo(code, code, veteran, degree.name(), null));
                tallyCandidates.add(Candidate.of(code, code, veteran, degree));
            }
            int seats = 1 + random.nextInt(9), alternates = random.nextInt(6);
            var a = allocator.allocate(new ContestTotals("C", 10, 0, 0, votes, null), def(seats, alternates, facts, SEED));
            var direct = Count.run(new org.entekhabat.tally.CountingMethod.BlockPlurality(seats, alternates),
                    ContestTally.plurality("C", tallyCandidates, votes, 0, 0, 10), new Lot(SEED));
            String why = "seed " + seed + " case " + n;
            assertThat(a.members()).as(why).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.memberCodes());
            assertThat(a.alternates()).as(why).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.alternateCodes());
            for (var s : a.seats()) {
                long above = votes.values().stream().filter(v -> v > s.votes()).count();
                long equal = votes.values().stream().filter(v -> v == s.votes()).count();
                // places above+1 .. above+equal share the votes: a tie when a cut N..N+A lies strictly inside
                boolean tie = false;
                for (int k = seats; k <= seats + alternates; k++) if (k > above && k < above + equal) tie = true;
                assertThat(s.tie()).as(why + " candidate " + s.candidate()).isEqualTo(tie);
                assertThat(s.rank()).as(why).isEqualTo(a.seats().indexOf(s) + 1);
            }
        }
    }
}
