package org.entekhabat.election;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN §1 tables, boundaries inclusive on the upper side ("up to 50,000" includes 50,000). */
class SeatTableTest {

    @ParameterizedTest(name = "city of {0} people: {1} + {2}")
    @CsvSource({
            "0, 5, 3", "1, 5, 3", "50000, 5, 3", "50001, 7, 5",
            "200000, 7, 5", "200001, 9, 6", "500000, 9, 6", "500001, 11, 7",
            "1000000, 11, 7", "1000001, 13, 8", "2000000, 13, 8", "2000001, 15, 10", "9000000, 15, 10"})
    void cityTableAtEachBoundary(long population, int seats, int alternates) {
        assertThat(SeatTable.CITY.sizeFor(population)).isEqualTo(new CouncilSize(seats, alternates));
    }

    @ParameterizedTest(name = "village of {0} people: {1} + {2}")
    @CsvSource({"0, 3, 2", "100, 3, 2", "1500, 3, 2", "1501, 5, 3", "40000, 5, 3"})
    void villageTableAtEachBoundary(long population, int seats, int alternates) {
        assertThat(SeatTable.VILLAGE.sizeFor(population)).isEqualTo(new CouncilSize(seats, alternates));
    }

    @Test
    void unknownPopulationTakesTheSmallestBracketAndTehranIsFixed() {
        assertThat(SeatTable.CITY.sizeFor(null)).isEqualTo(new CouncilSize(5, 3));
        assertThat(SeatTable.TEHRAN).isEqualTo(new CouncilSize(21, 11));
    }

    @Test
    void seatsAreMonotoneAndAlwaysATableValue() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        var citySizes = List.of(new CouncilSize(5, 3), new CouncilSize(7, 5), new CouncilSize(9, 6),
                new CouncilSize(11, 7), new CouncilSize(13, 8), new CouncilSize(15, 10));
        var villageSizes = List.of(new CouncilSize(3, 2), new CouncilSize(5, 3));
        for (int i = 0; i < 10_000; i++) {
            long a = (long) Math.exp(random.nextDouble() * Math.log(20_000_000));
            long b = a + (long) Math.exp(random.nextDouble() * Math.log(5_000_000));
            var sa = SeatTable.CITY.sizeFor(a);
            var sb = SeatTable.CITY.sizeFor(b);
            String why = "seed " + seed + ", populations " + a + " <= " + b;
            assertThat(citySizes).as(why).contains(sa, sb);
            assertThat(sa.seats()).as(why).isLessThanOrEqualTo(sb.seats());
            assertThat(sa.alternates()).as(why).isLessThanOrEqualTo(sb.alternates());
            var va = SeatTable.VILLAGE.sizeFor(a % 5_000);
            var vb = SeatTable.VILLAGE.sizeFor(a % 5_000 + b % 5_000);
            assertThat(villageSizes).as(why).contains(va, vb);
            assertThat(va.seats()).as(why).isLessThanOrEqualTo(vb.seats());
        }
    }

    @Test
    void residenceRuleAppliesBelowTheThresholdOnly() {
        var rule = ResidenceRule.OLD_1400;
        assertThat(rule.requiredFor(99_999L)).isTrue();
        assertThat(rule.requiredFor(100_000L)).isFalse();
        assertThat(rule.requiredFor(null)).isTrue();
        assertThat(new ResidenceRule(false, 100_000, 1).requiredFor(10L)).isFalse();
    }
}
