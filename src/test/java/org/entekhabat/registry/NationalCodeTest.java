package org.entekhabat.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class NationalCodeTest {

    @Test
    void acceptsCodesWhoseCheckDigitMatches() {
        // 001234567: sum = 0*10+0*9+1*8+2*7+3*6+4*5+5*4+6*3+7*2 = 112, 112 mod 11 = 2, check = 9
        assertThat(NationalCode.checkDigit("001234567")).isEqualTo(9);
        assertThat(NationalCode.isValid("0012345679")).isTrue();
        assertThat(NationalCode.parse("۰۰۱۲۳۴۵۶۷۹").value()).isEqualTo("0012345679");
    }

    @Test
    void refusesAWrongCheckDigitWithAPersianMessage() {
        assertThatThrownBy(() -> NationalCode.parse("0012345678"))
                .isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).messageFa()).asString().contains("رقم کنترل");
        assertThat(NationalCode.isValid("1111111111")).isFalse();
        assertThat(NationalCode.isValid("12345")).isFalse();
    }

    @Test
    void exactlyOneCheckDigitFitsEveryPrefix() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            String nine = String.format("%09d", random.nextInt(1_000_000_000));
            int valid = 0;
            for (int d = 0; d <= 9; d++) if (NationalCode.isValid(nine + d)) valid++;
            boolean allSame = (nine + NationalCode.checkDigit(nine)).chars().distinct().count() == 1;
            assertThat(valid).as("seed %d, prefix %s", seed, nine).isEqualTo(allSame ? 0 : 1);
        }
    }
}
