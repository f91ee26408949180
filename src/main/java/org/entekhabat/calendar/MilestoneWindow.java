package org.entekhabat.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a milestone's action may be taken, in Iran time (DOMAIN.md §4). From {@code start} to
 * {@code end} (whole days, both included); on every day within {@link DailyHours} if given; on
 * the first day not before {@code startTime} and on the last day not from {@code endTime} on.
 * Every interval is half-open: 16:00 is already closed for 08:00–16:00. A pure rule, no Spring.
 *
 * @param start     first day
 * @param end       last day (not before {@code start})
 * @param hours     office hours on each day, or null for the whole day
 * @param startTime opening time on the first day (overrides the daily opening), or null
 * @param endTime   closing time on the last day (overrides the daily closing; an extension sets it), or null
 */
public record MilestoneWindow(LocalDate start, LocalDate end, DailyHours hours, LocalTime startTime, LocalTime endTime) {

    public static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    public MilestoneWindow {
        if (start == null || end == null) throw new IllegalArgumentException("a window needs a first and a last day");
        if (end.isBefore(start)) throw new IllegalArgumentException("ends (" + end + ") before it starts (" + start + ")");
        for (LocalDate day : new LocalDate[] {start, end}) {
            if (!openOn(day, start, hours, startTime).isBefore(closeOn(day, end, hours, endTime))) {
                throw new IllegalArgumentException("closes before it opens on " + day);
            }
        }
    }

    /** A whole-day window (no hours). */
    public static MilestoneWindow days(LocalDate start, LocalDate end) {
        return new MilestoneWindow(start, end, null, null, null);
    }

    /** Whether the action may be taken at this instant. */
    public boolean contains(ZonedDateTime when) {
        LocalDateTime local = when.withZoneSameInstant(IRAN).toLocalDateTime();
        LocalDate day = local.toLocalDate();
        if (day.isBefore(start) || day.isAfter(end)) return false;
        return !local.isBefore(open(day)) && local.isBefore(close(day));
    }

    /** Whether the instant falls between the first opening and the last closing (office hours aside): "in force". */
    public boolean spans(ZonedDateTime when) {
        var instant = when.toInstant();
        return !instant.isBefore(opening().toInstant()) && instant.isBefore(closing().toInstant());
    }

    public ZonedDateTime opening() {
        return open(start).atZone(IRAN);
    }

    public ZonedDateTime closing() {
        return close(end).atZone(IRAN);
    }

    /** The same window with a new last moment (an official extension, e.g. registration until 20:00). */
    public MilestoneWindow extendedTo(LocalDateTime until) {
        LocalTime t = until.toLocalTime();
        if (t.equals(LocalTime.MIDNIGHT)) return new MilestoneWindow(start, until.toLocalDate().minusDays(1), hours, startTime, null);
        return new MilestoneWindow(start, until.toLocalDate(), hours, startTime, t);
    }

    private LocalDateTime open(LocalDate day) {
        return openOn(day, start, hours, startTime);
    }

    private LocalDateTime close(LocalDate day) {
        return closeOn(day, end, hours, endTime);
    }

    private static LocalDateTime openOn(LocalDate day, LocalDate start, DailyHours hours, LocalTime startTime) {
        LocalTime t = day.equals(start) && startTime != null ? startTime : hours != null ? hours.open() : LocalTime.MIDNIGHT;
        return day.atTime(t);
    }

    private static LocalDateTime closeOn(LocalDate day, LocalDate end, DailyHours hours, LocalTime endTime) {
        if (day.equals(end) && endTime != null) return day.atTime(endTime);
        return hours != null ? day.atTime(hours.close()) : day.plusDays(1).atStartOfDay();
    }

    /** «از ۲۱ دی ۱۴۰۴ تا ۲۷ دی ۱۴۰۴، همه‌روزه از ساعت ۸ تا ۱۶»: the window as an announcement says it. */
    public String describeFa() {
        var s = new StringBuilder();
        JalaliDate from = JalaliDate.of(start), to = JalaliDate.of(end);
        if (start.equals(end)) {
            s.append("در ").append(from.toPersianText());
            LocalTime o = open(start).toLocalTime(), c = close(end).toLocalTime();
            if (startTime != null || endTime != null || hours != null) {
                s.append(" از ساعت ").append(Times.persian(o)).append(" تا ").append(c.equals(LocalTime.MIDNIGHT) ? "پایان روز" : Times.persian(c));
            }
            return s.toString();
        }
        s.append("از ").append(from.toPersianText());
        if (startTime != null) s.append(" ساعت ").append(Times.persian(startTime));
        s.append(" تا ").append(to.toPersianText());
        if (endTime != null) s.append(" ساعت ").append(Times.persian(endTime));
        if (hours != null) s.append("، همه‌روزه از ساعت ").append(Times.persian(hours.open())).append(" تا ").append(Times.persian(hours.close()));
        return s.toString();
    }

    /** "from 21 Dey 1404 to 27 Dey 1404, daily from 08:00 to 16:00". */
    public String describeEn() {
        var s = new StringBuilder();
        JalaliDate from = JalaliDate.of(start), to = JalaliDate.of(end);
        if (start.equals(end)) {
            s.append("on ").append(from.toEnglishText());
            LocalTime o = open(start).toLocalTime(), c = close(end).toLocalTime();
            if (startTime != null || endTime != null || hours != null) {
                s.append(" from ").append(Times.format(o)).append(" to ").append(c.equals(LocalTime.MIDNIGHT) ? "the end of the day" : Times.format(c));
            }
            return s.toString();
        }
        s.append("from ").append(from.toEnglishText());
        if (startTime != null) s.append(" at ").append(Times.format(startTime));
        s.append(" to ").append(to.toEnglishText());
        if (endTime != null) s.append(" at ").append(Times.format(endTime));
        if (hours != null) s.append(", daily from ").append(Times.format(hours.open())).append(" to ").append(Times.format(hours.close()));
        return s.toString();
    }
}
