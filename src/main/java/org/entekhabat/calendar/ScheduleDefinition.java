package org.entekhabat.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An election's calendar as loaded from its schedule file (DOMAIN.md §4): the data, never code.
 *
 * @param election       the election, e.g. "1405"
 * @param title          its name
 * @param electionDayKey the milestone that is election day E
 * @param roles          who may act, by key
 * @param milestones     in file order
 */
public record ScheduleDefinition(String election, LocalizedText title, String electionDayKey,
                                 Map<String, LocalizedText> roles, List<Milestone> milestones) {

    public ScheduleDefinition {
        roles = Map.copyOf(roles);
        milestones = List.copyOf(milestones);
    }

    public Optional<Milestone> milestone(String key) {
        return milestones.stream().filter(m -> m.key().equals(key)).findFirst();
    }

    /** Election day E. */
    public LocalDate electionDay() {
        return milestone(electionDayKey).orElseThrow().window().start();
    }

    public LocalizedText role(String key) {
        return roles.getOrDefault(key, new LocalizedText(key, key));
    }
}
