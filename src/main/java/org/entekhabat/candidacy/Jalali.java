package org.entekhabat.candidacy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.entekhabat.platform.PersianNumbers;

/** Jalali (Solar Hijri) arithmetic and text for the rules' messages, straight from ICU4J. */
final class Jalali {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Jalali() {}

    /** The same day {@code months} Jalali months later (clamped to the month's last day, as ICU does). */
    static LocalDate plusMonths(LocalDate day, int months) {
        Calendar c = persian(day);
        c.add(Calendar.MONTH, months);
        var g = new GregorianCalendar(UTC);
        g.setTimeInMillis(c.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    /** "1404/10/27" in Persian digits. */
    static String fa(LocalDate day) {
        Calendar c = persian(day);
        return PersianNumbers.digits(String.format("%04d/%02d/%02d",
                c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)));
    }

    /** "1404/10/27 (2026-01-17)" for English messages. */
    static String en(LocalDate day) {
        Calendar c = persian(day);
        return String.format("%04d/%02d/%02d (%s)",
                c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH), day);
    }

    private static Calendar persian(LocalDate day) {
        var g = new GregorianCalendar(UTC);
        g.clear();
        g.set(day.getYear(), day.getMonthValue() - 1, day.getDayOfMonth());
        Calendar c = Calendar.getInstance(UTC, PERSIAN);
        c.setTimeInMillis(g.getTimeInMillis());
        return c;
    }
}
