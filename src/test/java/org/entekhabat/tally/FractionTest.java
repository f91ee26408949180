package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void isExactAndNormalised() {
        assertThat(Fraction.of(4_200_000, 1_000_000)).isEqualTo(Fraction.of(21, 5));
        assertThat(Fraction.of(21, 5).floor()).isEqualTo(BigInteger.valueOf(4));
        assertThat(Fraction.of(21, 5).fractionalPart()).isEqualTo(Fraction.of(1, 5));
        assertThat(Fraction.of(-7, 2).floor()).isEqualTo(BigInteger.valueOf(-4));
        assertThat(Fraction.of(3, -6)).isEqualTo(Fraction.of(-1, 2));
        assertThat(Fraction.of(1, 5).decimal(4)).isEqualTo("0.2000");
        assertThat(Fraction.of(313, 420).decimal(4)).isEqualTo("0.7452");
        assertThat(Fraction.of(1_000_000, 21).toPersian()).isEqualTo("۱۰۰۰۰۰۰/۲۱");
        assertThat(Fraction.of(313, 420)).isGreaterThan(Fraction.of(521, 700));
    }

    @Test
    void comparesLikeCrossMultiplication() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            long a = r.nextInt(1_000_000), b = 1 + r.nextInt(1_000_000), c = r.nextInt(1_000_000), d = 1 + r.nextInt(1_000_000);
            assertThat(Integer.signum(Fraction.of(a, b).compareTo(Fraction.of(c, d))))
                    .as("seed %d: %d/%d vs %d/%d", seed, a, b, c, d).isEqualTo(Long.signum(a * d - c * b));
            assertThat(Fraction.of(a, b).add(Fraction.of(c, d)).subtract(Fraction.of(c, d))).as("seed %d", seed).isEqualTo(Fraction.of(a, b));
        }
    }
}
