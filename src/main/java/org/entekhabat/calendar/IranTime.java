package org.entekhabat.calendar;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/** A moment people type: "1404/10/27 20:00" (Jalali, Iran time, either digits) or ISO "2026-01-17T20:00". */
public final class IranTime {

    private IranTime() {}

    public static LocalDateTime parse(String text) {
        String t = text == null ? "" : PersianNumbers.latin(text.trim());
        try {
            if (t.matches("\\d{4}/\\d{1,2}/\\d{1,2}([ T]\\d{1,2}:\\d{2})?")) {
                String[] parts = t.split("[ T]");
                var day = JalaliDate.parse(parts[0]).toLocalDate();
                return parts.length == 1 ? day.plusDays(1).atStartOfDay() : day.atTime(Times.parse(parts[1]));
            }
            return LocalDateTime.parse(t);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw DomainException.badInput("schedule.bad-time",
                    "زمان «" + text + "» خوانا نیست؛ مانند ۱۴۰۴/۱۰/۲۷ ۲۰:۰۰ بنویسید.",
                    "Cannot read the time \"" + text + "\"; write it like 1404/10/27 20:00 or 2026-01-17T20:00.");
        }
    }
}
