package org.entekhabat.tally.internal;

import java.util.List;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.tally.Fraction;

/** Persian text pieces for the minutes: Persian digits, thousands grouped, fractions exact. */
public final class Fa {

    private Fa() {}

    /** A count, grouped: ۱٬۱۵۱٬۴۵۰. */
    public static String n(long value) {
        // as PersianNumbers.grouped, without String.format (a count writes thousands of these)
        String digits = Long.toString(Math.abs(value));
        var sb = new StringBuilder(digits.length() + digits.length() / 3 + 1);
        if (value < 0) sb.append('-');
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) sb.append('٬');
            sb.append((char) ('۰' + (digits.charAt(i) - '0')));
        }
        return sb.toString();
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
