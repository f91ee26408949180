package org.entekhabat.candidacy;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import org.entekhabat.platform.PersianNumbers;

/** Jalali (Solar Hijri) arithmetic and text for the rules' messages, straight from ICU4J. */
public final class Jalali {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private Jalali() {}

    /** The same day {@code months} Jalali months later (clamped to the month's last day, as ICU does). */
    public static LocalDate plusMonths(LocalDate day, int months) {
        Calendar c = persian(day);
        c.add(Calendar.MONTH, months);
        var g = new GregorianCalendar(UTC);
        g.setTimeInMillis(c.getTimeInMillis());
        return LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
    }

    /** "1404/10/27" in Persian digits. */
    public static String fa(LocalDate day) {
        Calendar c = persian(day);
        return PersianNumbers.digits(String.format("%04d/%02d/%02d",
                c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH)));
    }

    /** "1404/10/27 (2026-01-17)" for English messages. */
    public static String en(LocalDate day) {
        Calendar c = persian(day);
        return String.format("%04d/%02d/%02d (%s)",
                c.get(Calendar.EXTENDED_YEAR), c.get(Calendar.MONTH) + 1, c.get(Calendar.DAY_OF_MONTH), day);
    }

    /** Parses a Jalali "1364/03/11" (Persian or Latin digits) or an ISO "1985-06-01"; null if blank. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) return null;
        String t = PersianNumbers.latin(text.strip());
        if (t.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(t);
        var m = java.util.regex.Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})").matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a date: " + text);
        Calendar c = Calendar.getInstance(UTC, PERSIAN);
        c.clear();
        c.set(Calendar.EXTENDED_YEAR, Integer.parseInt(m.group(1)));
        c.set(Calendar.MONTH, Integer.parseInt(m.group(2)) - 1);
        c.set(Calendar.DAY_OF_MONTH, Integer.parseInt(m.group(3)));
        var g = new GregorianCalendar(UTC);
        g.setTimeInMillis(c.getTimeInMillis());
        LocalDate day = LocalDate.of(g.get(Calendar.YEAR), g.get(Calendar.MONTH) + 1, g.get(Calendar.DAY_OF_MONTH));
        if (!en(day).startsWith(String.format("%04d/%02d/%02d", Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))))) throw new IllegalArgumentException("no such Jalali day: " + text);
        return day;
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
