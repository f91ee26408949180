package org.entekhabat.calendar;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.GregorianCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * A day of the Solar Hijri calendar (تقویم هجری شمسی), converted with ICU4J's Persian calendar.
 * Months are 1-based (1 = Farvardin).
 */
public record JalaliDate(int year, int month, int day) implements Comparable<JalaliDate> {

    private static final ULocale PERSIAN = new ULocale("fa_IR@calendar=persian");
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final Pattern TEXT = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    static final String[] MONTHS_FA = {"فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
            "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"};
    static final String[] MONTHS_EN = {"Farvardin", "Ordibehesht", "Khordad", "Tir", "Mordad", "Shahrivar",
            "Mehr", "Aban", "Azar", "Dey", "Bahman", "Esfand"};

    public JalaliDate {
        if (month < 1 || month > 12) throw new IllegalArgumentException("Jalali month must be 1..12: " + month);
        int max = month <= 6 ? 31 : month <= 11 ? 30 : 30;
        if (day < 1 || day > max) throw new IllegalArgumentException("Jalali day out of range: " + year + "/" + month + "/" + day);
    }

    public static JalaliDate of(LocalDate date) {
        Calendar persian = Calendar.getInstance(UTC, PERSIAN);
        persian.clear();
        var gregorian = new GregorianCalendar(UTC);
        gregorian.clear();
        gregorian.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
        persian.setTimeInMillis(gregorian.getTimeInMillis());
        return new JalaliDate(persian.get(Calendar.EXTENDED_YEAR), persian.get(Calendar.MONTH) + 1,
                persian.get(Calendar.DAY_OF_MONTH));
    }

    /** Parses "1405/02/11" (Latin or Persian digits). */
    public static JalaliDate parse(String text) {
        var m = TEXT.matcher(org.entekhabat.platform.PersianNumbers.latin(text.trim()));
        if (!m.matches()) throw new IllegalArgumentException("not a Jalali date (yyyy/mm/dd): " + text);
        var date = new JalaliDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        if (!of(date.toLocalDate()).equals(date)) throw new IllegalArgumentException("no such Jalali day: " + text);
        return date;
    }

    public LocalDate toLocalDate() {
        Calendar persian = Calendar.getInstance(UTC, PERSIAN);
        persian.clear();
        persian.set(Calendar.EXTENDED_YEAR, year);
        persian.set(Calendar.MONTH, month - 1);
        persian.set(Calendar.DAY_OF_MONTH, day);
        var gregorian = new GregorianCalendar(UTC);
        gregorian.setTimeInMillis(persian.getTimeInMillis());
        return LocalDate.of(gregorian.get(Calendar.YEAR), gregorian.get(Calendar.MONTH) + 1,
                gregorian.get(Calendar.DAY_OF_MONTH));
    }

    public JalaliDate plusDays(long days) {
        return of(toLocalDate().plusDays(days));
    }

    /** "1405/02/11", Latin digits: for files and the API. */
    @Override
    public String toString() {
        return String.format("%04d/%02d/%02d", year, month, day);
    }

    /** "۱۱ اردیبهشت ۱۴۰۵": for people. */
    public String toPersianText() {
        return org.entekhabat.platform.PersianNumbers.digits(day + " " + MONTHS_FA[month - 1] + " " + year);
    }

    public String toEnglishText() {
        return day + " " + MONTHS_EN[month - 1] + " " + year;
    }

    @Override
    public int compareTo(JalaliDate o) {
        return toLocalDate().compareTo(o.toLocalDate());
    }
}
