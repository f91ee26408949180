package org.entekhabat.candidacy.internal;

import java.time.Instant;
import org.entekhabat.calendar.Milestone;
import org.entekhabat.calendar.MilestoneWindow;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.candidacy.CouncilType;
import org.entekhabat.candidacy.RegistrationWindow;
import org.springframework.stereotype.Component;

/**
 * The registration window from the election calendar (schedules/1405.yaml, extensions included): city
 * councils {@code city-registration}, village councils {@code village-registration}, both 08:00–16:00
 * Iran time (DOMAIN §2). The refusal is the schedule's own sentence, the same the calendar shows.
 */
@Component
class ScheduleRegistrationWindow implements RegistrationWindow {

    private final Schedule schedule;

    ScheduleRegistrationWindow(Schedule schedule) {
        this.schedule = schedule;
    }

    static String milestoneOf(CouncilType type) {
        return switch (type) {
            case CITY -> "city-registration";
            case VILLAGE -> "village-registration";
            case MAJLIS -> "majlis-registration";
            case EXPERTS -> "experts-registration";
        };
    }

    @Override
    public Answer check(CouncilType type, String constituencyId, Instant at) {
        Milestone m = schedule.milestone(milestoneOf(type));
        if (m.window().contains(at.atZone(MilestoneWindow.IRAN))) return Answer.opened();
        return Answer.closed(m.name().fa() + " فقط " + m.window().describeFa() + " امکان‌پذیر است.",
                m.name().en() + " is possible only " + m.window().describeEn() + ".");
    }
}
