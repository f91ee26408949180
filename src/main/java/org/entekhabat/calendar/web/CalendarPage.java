package org.entekhabat.calendar.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.calendar.Milestone;
import org.entekhabat.calendar.MilestoneWindow;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.calendar.Stage;
import org.entekhabat.platform.PersianNumbers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public election calendar: the timeline, today's stage and the next milestone. */
@Controller
class CalendarPage {

    private final Schedule schedule;

    CalendarPage(Schedule schedule) {
        this.schedule = schedule;
    }

    /** One line of the timeline, already in the reader's language and digits. */
    record Row(String key, String name, String from, String to, String hours, String offset, String actor,
               String status, String sources, String note, String extension, boolean current) {}

    @GetMapping("/calendar")
    String calendar(Model model, Locale locale) {
        boolean en = "en".equals(locale.getLanguage());
        var definition = schedule.definition();
        LocalDate e = schedule.electionDay();
        Stage stage = schedule.stageNow();
        List<Row> rows = schedule.milestones().stream().map(m -> row(m, e, stage, en)).toList();
        model.addAttribute("title", definition.title().in(locale));
        model.addAttribute("electionDay", date(e, en));
        model.addAttribute("rows", rows);
        model.addAttribute("current", stage.current().stream().map(m -> m.name().in(locale)).collect(Collectors.joining(en ? "; " : "؛ ")));
        model.addAttribute("next", stage.next().map(m -> m.name().in(locale) + " (" + date(m.window().start(), en) + ")").orElse(""));
        return "calendar/calendar";
    }

    private Row row(Milestone m, LocalDate e, Stage stage, boolean en) {
        MilestoneWindow w = m.window();
        String hours = w.hours() == null ? "" : time(w.hours().open(), en) + "–" + time(w.hours().close(), en);
        String from = date(w.start(), en) + (w.startTime() == null ? "" : " " + time(w.startTime(), en));
        String to = date(w.end(), en) + (w.endTime() == null ? "" : " " + time(w.endTime(), en));
        var x = m.extension();
        String extension = x == null ? "" : (en ? "extended by " + x.by() + ": " : "تمدید به تأیید " + x.by() + ": ") + x.reason();
        var role = schedule.definition().role(m.actor());
        return new Row(m.key(), en ? m.name().en() : m.name().fa(), from, to, hours, digits(m.offsetText(e), en),
                en ? role.en() : role.fa(), m.status().name(), String.join(" ", m.sources()), m.note(), extension,
                stage.isCurrent(m.key()));
    }

    private static String date(LocalDate d, boolean en) {
        var j = JalaliDate.of(d);
        return en ? j.toEnglishText() : j.toPersianText();
    }

    private static String time(LocalTime t, boolean en) {
        return digits(String.format("%02d:%02d", t.getHour(), t.getMinute()), en);
    }

    private static String digits(String s, boolean en) {
        return en ? s : PersianNumbers.digits(s);
    }
}
