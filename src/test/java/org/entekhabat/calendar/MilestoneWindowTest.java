package org.entekhabat.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MilestoneWindowTest {

    // city registration 1404/10/21–27 = 2026-01-11..17, daily 08:00–16:00 (DOMAIN.md §2 [S1])
    static final MilestoneWindow CITY = new MilestoneWindow(LocalDate.of(2026, 1, 11), LocalDate.of(2026, 1, 17),
            DailyHours.parse("08:00-16:00"), null, null);

    static ZonedDateTime tehran(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(MilestoneWindow.IRAN);
    }

    @Test
    void dailyHoursAreEnforcedAtEveryBoundary() {
        assertThat(CITY.contains(tehran(1, 11, 7, 59))).isFalse();
        assertThat(CITY.contains(tehran(1, 11, 8, 0))).isTrue();
        assertThat(CITY.contains(tehran(1, 13, 15, 59))).isTrue();
        assertThat(CITY.contains(tehran(1, 13, 16, 0))).isFalse();
        assertThat(CITY.contains(tehran(1, 13, 16, 1))).isFalse();
        assertThat(CITY.contains(tehran(1, 17, 15, 59))).isTrue();
        assertThat(CITY.contains(tehran(1, 17, 16, 0))).isFalse();
        assertThat(CITY.contains(tehran(1, 10, 12, 0))).isFalse();
        assertThat(CITY.contains(tehran(1, 18, 12, 0))).isFalse();
        assertThat(CITY.contains(tehran(1, 13, 16, 0).minusNanos(1))).isTrue();
    }

    @Test
    void judgesTheInstantInIranTimeWhateverZoneItComesIn() {
        // 12:29 UTC = 15:59 Tehran (UTC+03:30), 12:31 UTC = 16:01 Tehran
        assertThat(CITY.contains(ZonedDateTime.parse("2026-01-13T12:29:00Z"))).isTrue();
        assertThat(CITY.contains(ZonedDateTime.parse("2026-01-13T12:31:00Z"))).isFalse();
        assertThat(CITY.contains(ZonedDateTime.parse("2026-01-11T04:30:00Z"))).isTrue();
    }

    @Test
    void wholeDayWindowsRunFromMidnightToMidnight() {
        var w = MilestoneWindow.days(LocalDate.of(2026, 2, 22), LocalDate.of(2026, 2, 25)); // objections 1404/12/03–06
        assertThat(w.contains(tehran(2, 22, 0, 0))).isTrue();
        assertThat(w.contains(tehran(2, 21, 23, 59))).isFalse();
        assertThat(w.contains(tehran(2, 25, 23, 59))).isTrue();
        assertThat(w.contains(tehran(2, 26, 0, 0))).isFalse();
    }

    @Test
    void electionDayOpensAtEightForTenHoursAndAnExtensionMovesTheClose() {
        var e = new MilestoneWindow(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, LocalTime.of(8, 0), LocalTime.of(18, 0));
        assertThat(e.contains(tehran(5, 1, 7, 59))).isFalse();
        assertThat(e.contains(tehran(5, 1, 8, 0))).isTrue();
        assertThat(e.contains(tehran(5, 1, 17, 59))).isTrue();
        assertThat(e.contains(tehran(5, 1, 18, 0))).isFalse();
        var extended = e.extendedTo(LocalDateTime.of(2026, 5, 1, 22, 0));
        assertThat(extended.contains(tehran(5, 1, 21, 59))).isTrue();
        assertThat(extended.contains(tehran(5, 1, 22, 0))).isFalse();
        var midnight = e.extendedTo(LocalDateTime.of(2026, 5, 2, 0, 0));
        assertThat(midnight.contains(tehran(5, 1, 23, 59))).isTrue();
        assertThat(midnight.contains(tehran(5, 2, 0, 0))).isFalse();
    }

    @Test
    void anExtendedRegistrationKeepsOfficeHoursBeforeItsLastDay() {
        var w = CITY.extendedTo(LocalDateTime.of(2026, 1, 17, 20, 0));
        assertThat(w.contains(tehran(1, 16, 17, 0))).isFalse();
        assertThat(w.contains(tehran(1, 17, 19, 59))).isTrue();
        assertThat(w.contains(tehran(1, 17, 20, 0))).isFalse();
        assertThat(w.contains(tehran(1, 17, 7, 59))).isFalse();
    }

    @Test
    void campaignEndsAtEightTheDayBefore() {
        var c = new MilestoneWindow(LocalDate.of(2026, 4, 23), LocalDate.of(2026, 4, 30), null, LocalTime.of(8, 0), LocalTime.of(8, 0));
        assertThat(c.contains(tehran(4, 23, 7, 59))).isFalse();
        assertThat(c.contains(tehran(4, 27, 3, 0))).isTrue();
        assertThat(c.contains(tehran(4, 30, 7, 59))).isTrue();
        assertThat(c.contains(tehran(4, 30, 8, 0))).isFalse();
    }

    @Test
    void refusesWindowsThatEndBeforeTheyStart() {
        assertThatThrownBy(() -> MilestoneWindow.days(LocalDate.of(2026, 1, 17), LocalDate.of(2026, 1, 11)))
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> new MilestoneWindow(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 1), null, LocalTime.of(18, 0), LocalTime.of(8, 0)))
                .hasMessageContaining("closes before it opens");
        assertThatThrownBy(() -> DailyHours.parse("16:00-08:00")).hasMessageContaining("after");
    }

    @Test
    void describesTheWindowAsAnAnnouncementDoes() {
        assertThat(CITY.describeFa()).isEqualTo("از ۲۱ دی ۱۴۰۴ تا ۲۷ دی ۱۴۰۴، همه‌روزه از ساعت ۸ تا ۱۶");
        assertThat(CITY.describeEn()).isEqualTo("from 21 Dey 1404 to 27 Dey 1404, daily from 08:00 to 16:00");
    }

    /** Random windows and instants: contains agrees with the day-by-day definition. */
    @Test
    void containsAgreesWithItsDefinitionForRandomWindows() {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int i = 0; i < 5_000; i++) {
            LocalDate start = LocalDate.of(2025, 9, 1).plusDays(random.nextInt(300));
            LocalDate end = start.plusDays(random.nextInt(10));
            DailyHours hours = null;
            if (random.nextBoolean()) {
                int open = random.nextInt(20 * 60), close = open + 1 + random.nextInt(24 * 60 - open - 1);
                hours = new DailyHours(LocalTime.ofSecondOfDay(open * 60L), LocalTime.ofSecondOfDay(close * 60L));
            }
            LocalTime startTime = random.nextInt(3) == 0 ? LocalTime.ofSecondOfDay(random.nextInt(12 * 60) * 60L) : null;
            LocalTime endTime = random.nextInt(3) == 0 ? LocalTime.ofSecondOfDay((12 * 60 + random.nextInt(12 * 60)) * 60L) : null;
            MilestoneWindow w;
            try {
                w = new MilestoneWindow(start, end, hours, startTime, endTime);
            } catch (IllegalArgumentException empty) {
                continue; // a first or last day with no open time is refused, as the loader does
            }
            var t = start.minusDays(1).atStartOfDay().plusMinutes(random.nextInt((int) (end.toEpochDay() - start.toEpochDay() + 3) * 24 * 60));
            boolean expected = expected(w, t);
            String why = "seed " + seed + ", case " + i + ": " + w + " at " + t;
            assertThat(w.contains(t.atZone(MilestoneWindow.IRAN))).as(why).isEqualTo(expected);
            if (expected) assertThat(w.spans(t.atZone(MilestoneWindow.IRAN))).as(why).isTrue();
            assertThat(w.contains(w.opening())).as(why).isTrue();
            assertThat(w.contains(w.closing())).as(why).isFalse();
            assertThat(w.contains(w.closing().minusNanos(1))).as(why).isTrue();
            assertThat(w.contains(w.opening().minusNanos(1))).as(why).isFalse();
        }
    }

    /** The definition, minute by minute: within the days, and within that day's opening and closing. */
    private static boolean expected(MilestoneWindow w, LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        if (d.isBefore(w.start()) || d.isAfter(w.end())) return false;
        int minute = t.getHour() * 60 + t.getMinute();
        int open = 0, close = 24 * 60;
        if (w.hours() != null) {
            open = w.hours().open().toSecondOfDay() / 60;
            close = w.hours().close().toSecondOfDay() / 60;
        }
        if (d.equals(w.start()) && w.startTime() != null) open = w.startTime().toSecondOfDay() / 60;
        if (d.equals(w.end()) && w.endTime() != null) close = w.endTime().toSecondOfDay() / 60;
        return minute >= open && minute < close;
    }
}
