package org.entekhabat.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.entekhabat.geography.RuralDistrict;
import org.junit.jupiter.api.Test;

class VillageGeneratorTest {

    @Test
    void reproducibleTwoToSixVillagesWithBothCouncilSizes() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        int small = 0;
        int large = 0;
        for (int i = 0; i < 2_000; i++) {
            var rd = new RuralDistrict(1_000_000_000L + random.nextInt(900_000_000), 100, 1000001, "دهستان");
            var villages = VillageGenerator.generate(rd);
            assertThat(villages).as("seed " + seed).isEqualTo(VillageGenerator.generate(rd));
            assertThat(villages.size()).as("seed " + seed).isBetween(2, 6);
            for (var v : villages) {
                assertThat(v.generated()).isTrue();
                assertThat(v.populationSource()).isEqualTo("generated-demo");
                assertThat(Math.abs(v.households() - v.population() / 3.5)).as("seed " + seed).isLessThanOrEqualTo(1.0);
                assertThat(v.id() / 1000).isEqualTo(rd.id());
                if (v.population() <= 1500) small++; else large++;
            }
            assertThat(villages.stream().map(v -> v.name()).distinct().count()).isEqualTo(villages.size());
        }
        assertThat(small).as("seed " + seed).isPositive();
        assertThat(large).as("seed " + seed).isPositive();
    }
}
