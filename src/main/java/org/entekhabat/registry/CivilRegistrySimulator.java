package org.entekhabat.registry;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.springframework.stereotype.Component;

/**
 * SIMULATOR of the civil registry: derives a stable person from the code itself, so every valid
 * code is a person and the same code always gives the same person. Codes whose first digit is 9
 * are unknown to it (for testing refusals); codes ending in "00" before the check digit are deceased.
 * Birth dates spread over 1320..1390 (Jalali), roughly 1941..2011.
 */
@Component
public class CivilRegistrySimulator implements CivilRegistry {

    private static final String[] MALE = {"علی", "محمد", "حسین", "رضا", "مهدی", "امیر", "حمید", "سعید", "جواد", "مجید"};
    private static final String[] FEMALE = {"فاطمه", "زهرا", "مریم", "سارا", "نرگس", "لیلا", "مینا", "الهام", "شیرین", "معصومه"};
    private static final String[] LAST = {"محمدی", "حسینی", "احمدی", "رضایی", "کریمی", "موسوی", "جعفری", "صادقی",
            "رحیمی", "کاظمی", "نوری", "تهرانی", "شیرازی", "اصفهانی", "تبریزی"};
    private static final LocalDate EARLIEST = LocalDate.of(1941, 3, 21);
    private static final int SPAN_DAYS = 70 * 365;

    @Override
    public Optional<Person> lookup(NationalCode code) {
        String v = code.value();
        if (v.charAt(0) == '9') return Optional.empty();
        var random = new Random(Long.parseLong(v));
        var sex = random.nextBoolean() ? Person.Sex.MALE : Person.Sex.FEMALE;
        String first = (sex == Person.Sex.MALE ? MALE : FEMALE)[random.nextInt(10)];
        String last = LAST[random.nextInt(LAST.length)];
        LocalDate birth = EARLIEST.plusDays(random.nextInt(SPAN_DAYS));
        boolean alive = !v.substring(7, 9).equals("00");
        return Optional.of(new Person(code, first, last, birth, sex, alive, null));
    }

    /** A code for a simulated person of the given age band, deterministic in {@code seed}. */
    public static NationalCode codeFor(long seed) {
        var random = new Random(seed);
        String nine;
        do {
            nine = String.format("%09d", (long) (random.nextDouble() * 800_000_000L) + 1);
        } while (nine.substring(7, 9).equals("00"));
        return NationalCode.withCheckDigit(nine);
    }
}
