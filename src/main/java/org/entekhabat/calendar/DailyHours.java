package org.entekhabat.calendar;

import java.time.LocalTime;
import java.util.regex.Pattern;

/**
 * Office hours that apply on every day of a window, e.g. 08:00–16:00 for registration
 * (DOMAIN.md §2). Half-open: open at {@code open}, closed from {@code close} on.
 */
public record DailyHours(LocalTime open, LocalTime close) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,2}:\\d{2})\\s*[-–]\\s*(\\d{1,2}:\\d{2})");

    public DailyHours {
        if (open == null || close == null) throw new IllegalArgumentException("daily hours need an opening and a closing time");
        if (!open.isBefore(close)) throw new IllegalArgumentException("daily hours close (" + close + ") must be after they open (" + open + ")");
    }

    /** Parses "08:00-16:00" (Latin or Persian digits). */
    public static DailyHours parse(String text) {
        var m = TEXT.matcher(org.entekhabat.platform.PersianNumbers.latin(text.trim()));
        if (!m.matches()) throw new IllegalArgumentException("daily hours must look like 08:00-16:00: " + text);
        return new DailyHours(Times.parse(m.group(1)), Times.parse(m.group(2)));
    }

    @Override
    public String toString() {
        return Times.format(open) + "-" + Times.format(close);
    }
}
