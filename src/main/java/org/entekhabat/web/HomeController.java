package org.entekhabat.web;

import java.util.Locale;
import java.util.stream.Collectors;
import org.entekhabat.calendar.Schedule;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The front door: today's stage of the election and where each kind of visitor goes next. */
@Controller
class HomeController {

    private final Schedule schedule;

    HomeController(Schedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/")
    String home(Model model, Locale locale) {
        var stage = schedule.stageNow();
        boolean en = "en".equals(locale.getLanguage());
        model.addAttribute("electionDay", schedule.electionDay());
        model.addAttribute("stage", stage.current().stream().map(m -> m.name().in(locale))
                .collect(Collectors.joining(en ? "; " : "؛ ")));
        model.addAttribute("next", stage.next().map(m -> m.name().in(locale)).orElse(""));
        model.addAttribute("nextStart", stage.next().map(m -> m.window().start()).orElse(null));
        return "home";
    }
}
