package org.entekhabat.calendar;

import java.util.List;
import java.util.stream.Collectors;

/** A schedule file that does not hold together: every problem with where it is; nothing was loaded. */
public class ScheduleFileException extends RuntimeException {

    /** One problem at a path such as {@code milestones[4].end}. */
    public record Problem(String path, String message) {
        @Override
        public String toString() {
            return path + ": " + message;
        }
    }

    private final String source;
    private final List<Problem> problems;

    public ScheduleFileException(String source, List<Problem> problems) {
        super(source + ": " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    public String source() { return source; }
    public List<Problem> problems() { return problems; }
}
