package org.entekhabat.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where the calendar stands at an instant.
 *
 * @param at      the instant asked about
 * @param current the milestones in force (between their first opening and last closing)
 * @param next    the first milestone still to open, if any
 */
public record Stage(Instant at, List<Milestone> current, Optional<Milestone> next) {

    public Stage {
        current = List.copyOf(current);
    }

    public boolean isCurrent(String key) {
        return current.stream().anyMatch(m -> m.key().equals(key));
    }
}
