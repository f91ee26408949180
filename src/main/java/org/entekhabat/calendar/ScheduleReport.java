package org.entekhabat.calendar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The schedule as plain data for JSON (API and command line): ISO dates, Jalali strings, Latin digits. */
public final class ScheduleReport {

    private ScheduleReport() {}

    public static Map<String, Object> of(ScheduleDefinition definition, List<Milestone> milestones, Stage stage) {
        LocalDate e = definition.electionDay();
        var out = new LinkedHashMap<String, Object>();
        out.put("election", definition.election());
        out.put("title_fa", definition.title().fa());
        out.put("title_en", definition.title().en());
        out.put("election_day", e.toString());
        out.put("election_day_jalali", JalaliDate.of(e).toString());
        if (stage != null) {
            out.put("at", stage.at().toString());
            out.put("current", stage.current().stream().map(Milestone::key).toList());
            out.put("next", stage.next().map(Milestone::key).orElse(null));
        }
        out.put("milestones", milestones.stream().map(m -> milestone(definition, m)).toList());
        return out;
    }

    public static Map<String, Object> milestone(ScheduleDefinition definition, Milestone m) {
        LocalDate e = definition.electionDay();
        MilestoneWindow w = m.window();
        var out = new LinkedHashMap<String, Object>();
        out.put("key", m.key());
        out.put("name_fa", m.name().fa());
        out.put("name_en", m.name().en());
        out.put("start", w.start().toString());
        out.put("end", w.end().toString());
        out.put("start_jalali", JalaliDate.of(w.start()).toString());
        out.put("end_jalali", JalaliDate.of(w.end()).toString());
        out.put("daily_hours", w.hours() == null ? null : Map.of("open", Times.format(w.hours().open()), "close", Times.format(w.hours().close())));
        out.put("start_time", w.startTime() == null ? null : Times.format(w.startTime()));
        out.put("end_time", w.endTime() == null ? null : Times.format(w.endTime()));
        out.put("opens", w.opening().toOffsetDateTime().toString());
        out.put("closes", w.closing().toOffsetDateTime().toString());
        out.put("offset", m.offsetText(e));
        out.put("offset_start", m.startOffset(e));
        out.put("offset_end", m.endOffset(e));
        out.put("actor", m.actor());
        out.put("actor_fa", definition.role(m.actor()).fa());
        out.put("actor_en", definition.role(m.actor()).en());
        out.put("sources", m.sources());
        out.put("status", m.status().name());
        out.put("note", m.note());
        var x = m.extension();
        out.put("extension", x == null ? null : Map.of("until", x.until().toString(), "by", x.by(), "reason", x.reason(),
                "recorded_at", x.recordedAt().toString()));
        return out;
    }
}
