package org.entekhabat.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import org.entekhabat.platform.PersianNumbers;

/** Clock times in files ("08:00") and in sentences people read ("۸", "۱۶:۳۰"). */
final class Times {

    private Times() {}

    static LocalTime parse(String text) {
        String t = PersianNumbers.latin(text.trim());
        if (t.matches("\\d:\\d{2}")) t = "0" + t;
        try {
            return LocalTime.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a time of day (HH:mm): " + text);
        }
    }

    static String format(LocalTime time) {
        return String.format("%02d:%02d", time.getHour(), time.getMinute());
    }

    /** "۸" for 08:00, "۱۶:۳۰" for 16:30: how an announcement writes an hour. */
    static String persian(LocalTime time) {
        String s = time.getMinute() == 0 ? Integer.toString(time.getHour()) : time.getHour() + ":" + String.format("%02d", time.getMinute());
        return PersianNumbers.digits(s);
    }
}
