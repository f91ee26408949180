package org.entekhabat.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.entekhabat.calendar.IranTime;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.calendar.Milestone;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.calendar.ScheduleDefinition;
import org.entekhabat.calendar.ScheduleFile;
import org.entekhabat.calendar.ScheduleFileException;
import org.entekhabat.calendar.ScheduleReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The election calendar: show it, check a schedule file, record an official extension. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = "The election calendar (schedule file plus official extensions).",
        subcommands = {ScheduleCommand.Show.class, ScheduleCommand.Validate.class, ScheduleCommand.Extend.class})
class ScheduleCommand extends CommandGroup {

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Print the calendar in force and today's stage.")
    static class Show implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Option(names = "--json", description = "print JSON") boolean json;
        @Option(names = "--file", description = "schedule file (default: the configured one, entekhabat.schedule.file)") String file;

        @Override
        public Integer call() {
            try (var context = SpringContexts.job(db, file == null ? Map.of() : Map.of("entekhabat.schedule.file", file))) {
                var schedule = context.getBean(Schedule.class);
                var stage = schedule.stageNow();
                if (json) {
                    System.out.println(Json.write(ScheduleReport.of(schedule.definition(), schedule.milestones(), stage)));
                    return 0;
                }
                var e = schedule.electionDay();
                System.out.println(schedule.definition().title().en() + " — election day " + JalaliDate.of(e) + " (" + e + ")");
                for (Milestone m : schedule.milestones()) {
                    System.out.println(line(m, schedule.definition(), stage.isCurrent(m.key())));
                }
                System.out.println("now: " + (stage.current().isEmpty() ? "no stage in progress"
                        : String.join(", ", stage.current().stream().map(Milestone::key).toList()))
                        + stage.next().map(n -> "; next: " + n.key()).orElse(""));
                return 0;
            }
        }

        private static String line(Milestone m, ScheduleDefinition d, boolean current) {
            var w = m.window();
            String days = JalaliDate.of(w.start()) + (w.end().equals(w.start()) ? "" : ".." + JalaliDate.of(w.end()));
            String hours = w.hours() == null ? "" : " " + w.hours();
            String times = (w.startTime() == null ? "" : " from " + w.startTime()) + (w.endTime() == null ? "" : " until " + w.endTime());
            return String.format("%s %-28s %-44s %-14s %-9s %s%s", current ? "*" : " ", m.key(), days + hours + times,
                    m.offsetText(d.electionDay()), m.status(), m.name().en(),
                    m.extension() == null ? "" : " [extended by " + m.extension().by() + "]");
        }
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Check a schedule file; every problem is printed with its path (e.g. milestones[4].end).")
    static class Validate implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "the schedule file (YAML)") Path file;
        @Option(names = "--json", description = "print JSON") boolean json;

        @Override
        public Integer call() {
            List<ScheduleFileException.Problem> problems = List.of();
            ScheduleDefinition definition = null;
            try {
                definition = ScheduleFile.load(file);
            } catch (ScheduleFileException e) {
                problems = e.problems();
            }
            if (json) {
                var out = new LinkedHashMap<String, Object>();
                out.put("file", file.toString());
                out.put("valid", problems.isEmpty());
                out.put("problems", problems.stream().map(p -> Map.of("path", p.path(), "message", p.message())).toList());
                if (definition != null) {
                    out.put("milestones", definition.milestones().size());
                    out.put("election_day", definition.electionDay().toString());
                }
                System.out.println(Json.write(out));
            } else if (problems.isEmpty()) {
                System.out.println(file + ": valid, " + definition.milestones().size() + " milestones, election day "
                        + JalaliDate.of(definition.electionDay()));
            } else {
                problems.forEach(p -> System.err.println(file + ": " + p));
            }
            return problems.isEmpty() ? 0 : 1;
        }
    }

    @Command(name = "extend", mixinStandardHelpOptions = true,
            description = "Record an official extension of a window (and its audit entry).")
    static class Extend implements Callable<Integer> {
        @Mixin DatabaseOptions db;
        @Parameters(paramLabel = "KEY", description = "milestone key, e.g. city-registration") String key;
        @Option(names = "--until", required = true, description = "new end: \"1404/10/27 20:00\" (Jalali, Iran time) or 2026-01-17T20:00") String until;
        @Option(names = "--reason", required = true, description = "why") String reason;
        @Option(names = "--by", required = true, description = "who approved it") String by;
        @Option(names = "--json", description = "print JSON") boolean json;

        @Override
        public Integer call() {
            var moment = IranTime.parse(until);
            try (var context = SpringContexts.job(db)) {
                var schedule = context.getBean(Schedule.class);
                var m = schedule.extend(key, moment, by, reason);
                if (json) System.out.println(Json.write(ScheduleReport.milestone(schedule.definition(), m)));
                else System.out.println(m.key() + " extended: now " + m.window().describeEn() + ".");
                return 0;
            }
        }
    }
}
