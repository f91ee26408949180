package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Golden cases from DOMAIN.md §1 (members then alternates in vote order; ties need the lot), and properties. */
class PluralitySeatAllocatorTest {

    final SeatAllocator allocator = new PluralitySeatAllocator();

    static ContestDefinition def(int seats, int alternates) {
        return new ContestDefinition("C", "شورای شهر", "1", "1", seats, alternates, CountingMethod.PLURALITY, Map.of());
    }

    static ContestTotals totals(Object... codeVotes) {
        var votes = new TreeMap<String, Long>();
        for (int i = 0; i < codeVotes.length; i += 2) votes.put(codeVotes[i].toString(), ((Number) codeVotes[i + 1]).longValue());
        return new ContestTotals("C", 0, 0, 0, votes, null);
    }

    @Test
    void villageOfThreeWithTwoAlternates() { // DOMAIN.md §1: village up to 1,500 people, 3 + 2
        var a = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 60, "15", 50, "16", 40), def(3, 2));
        assertThat(a.members()).extracting(Allocation.Seat::candidate).containsExactly("11", "12", "13");
        assertThat(a.alternates()).extracting(Allocation.Seat::candidate).containsExactly("14", "15");
        assertThat(a.needsLot()).isFalse();
        assertThat(a.trace()).contains("1. 11 90 member");
    }

    @Test
    void equalVotesAmongMembersAreNoTieButAcrossTheLineTheyAre() {
        var inside = allocator.allocate(totals("11", 90, "12", 90, "13", 70, "14", 60, "15", 50), def(3, 2));
        assertThat(inside.needsLot()).isFalse();
        var across = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 70, "15", 50), def(3, 2));
        assertThat(across.seats()).filteredOn(Allocation.Seat::tie).extracting(Allocation.Seat::candidate).containsExactly("13", "14");
        var amongAlternates = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 60, "15", 60, "16", 1), def(3, 2));
        assertThat(amongAlternates.seats()).filteredOn(Allocation.Seat::tie).extracting(Allocation.Seat::candidate).containsExactly("14", "15");
        var lastPlace = allocator.allocate(totals("11", 90, "12", 80, "13", 70, "14", 60, "15", 50, "16", 50), def(3, 2));
        assertThat(lastPlace.seats()).filteredOn(Allocation.Seat::tie).extracting(Allocation.Seat::candidate).containsExactly("15");
    }

    @Test
    void fewerCandidatesThanPlaces() {
        var a = allocator.allocate(totals("11", 5, "12", 4), def(5, 3));
        assertThat(a.members()).hasSize(2);
        assertThat(a.alternates()).isEmpty();
    }

    @Test
    void listPrIsLeftToTheTallyModule() {
        var def = new ContestDefinition("T", "تهران", "1", "1", 21, 11, CountingMethod.LIST_PR, Map.of());
        assertThat(allocator.allocate(totals("11", 5), def).seats()).isEmpty();
    }

    @Test
    void membersAlwaysHaveAtLeastTheVotesOfAlternatesAndRanksAreDense() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int n = 0; n < 5_000; n++) {
            var votes = new TreeMap<String, Long>();
            int candidates = random.nextInt(25);
            for (int c = 0; c < candidates; c++) votes.put(String.valueOf(100 + c), (long) random.nextInt(30));
            int seats = 1 + random.nextInt(15), alternates = random.nextInt(11);
            var a = allocator.allocate(new ContestTotals("C", 0, 0, 0, votes, null), def(seats, alternates));
            var s = a.seats();
            assertThat(s).as("seed %d case %d", seed, n).hasSize(Math.min(candidates, seats + alternates));
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.get(i).rank()).as("seed %d case %d", seed, n).isEqualTo(i + 1);
                if (i > 0) assertThat(s.get(i).votes()).as("seed %d case %d", seed, n).isLessThanOrEqualTo(s.get(i - 1).votes());
            }
            // anyone left out has no more votes than the last place, and more only if marked as a tie
            long last = s.isEmpty() ? Long.MAX_VALUE : s.get(s.size() - 1).votes();
            var placed = s.stream().map(Allocation.Seat::candidate).toList();
            votes.forEach((code, v) -> {
                if (!placed.contains(code)) assertThat(v).as("seed %d", seed).isLessThanOrEqualTo(last);
            });
            List<Allocation.Seat> members = a.members();
            assertThat(members).as("seed %d case %d", seed, n).hasSize(Math.min(candidates, seats));
        }
    }
}
