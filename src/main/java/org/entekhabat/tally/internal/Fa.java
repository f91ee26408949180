package org.entekhabat.tally.internal;

import java.util.List;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.tally.Fraction;

/** Persian text pieces for the minutes: Persian digits, thousands grouped, fractions exact. */
public final class Fa {

    private Fa() {}

    /** A count, grouped: ۱٬۱۵۱٬۴۵۰. */
    public static String n(long value) {
        return PersianNumbers.grouped(value);
    }

    /** Any value with Persian digits. */
    public static String d(Object value) {
        return PersianNumbers.digits(value);
    }

    public static String f(Fraction value) {
        return value.toPersian();
    }

    /** A fraction's decimal value, 4 places truncated, Persian digits and decimal separator (for reading only). */
    public static String dec(Fraction value) {
        return PersianNumbers.digits(value.decimal(4)).replace('.', '٫');
    }

    /** Codes, Persian digits, joined by the Persian comma. */
    public static String codes(List<String> codes) {
        return PersianNumbers.digits(String.join("، ", codes));
    }
}
