package org.entekhabat.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * One step of the election calendar (DOMAIN.md §4), as the schedule file defines it, with any
 * official extension already applied to its window.
 *
 * @param key       stable key other modules ask for, e.g. "city-registration"
 * @param name      what it is called
 * @param window    when its action may be taken
 * @param actor     the role that acts (a key of the file's roles)
 * @param sources   DOMAIN.md source tags, e.g. "S1"
 * @param status    how far its dates can be trusted
 * @param note      remarks from the file (may be empty)
 * @param extension the extension in force, or null
 */
public record Milestone(String key, LocalizedText name, MilestoneWindow window, String actor, List<String> sources,
                        MilestoneStatus status, String note, ScheduleExtension extension) {

    public Milestone {
        sources = List.copyOf(sources);
        note = note == null ? "" : note;
    }

    public Milestone extendedBy(ScheduleExtension e) {
        return new Milestone(key, name, window.extendedTo(e.until()), actor, sources, status, note, e);
    }

    /** Days from election day E to the first day (negative before E). */
    public long startOffset(LocalDate electionDay) {
        return ChronoUnit.DAYS.between(electionDay, window.start());
    }

    public long endOffset(LocalDate electionDay) {
        return ChronoUnit.DAYS.between(electionDay, window.end());
    }

    /** "E-110..E-104", "E", "E+48": the offset as DOMAIN.md writes it (Latin digits). */
    public String offsetText(LocalDate electionDay) {
        String from = offset(startOffset(electionDay)), to = offset(endOffset(electionDay));
        return from.equals(to) ? from : from + ".." + to;
    }

    private static String offset(long days) {
        return days == 0 ? "E" : days < 0 ? "E" + days : "E+" + days;
    }
}
