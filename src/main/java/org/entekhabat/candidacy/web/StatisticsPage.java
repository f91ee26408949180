package org.entekhabat.candidacy.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.entekhabat.calendar.JalaliDate;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.candidacy.RegistrationStatistics;
import org.entekhabat.candidacy.RegistrationStatistics.Count;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/** Registration statistics for HQ and governors: by day, sex, age band, education and prior council membership. */
@Controller
class StatisticsPage {

    private final StatisticsAccess access;
    private final MessageSource messages;

    StatisticsPage(StatisticsAccess access, MessageSource messages) {
        this.access = access;
        this.messages = messages;
    }

    /** One table of the page: its heading key and labelled rows. */
    record Table(String name, List<Row> rows) {}

    record Row(String key, String label, long count) {}


    /** Long pages commit the response early: create the CSRF token (and session) before rendering starts. */
    @ModelAttribute
    void csrf(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) token.getToken();
    }
    @GetMapping("/candidacy/statistics")
    String page(@RequestParam(required = false) String constituency, Model model, Locale locale) {
        var s = access.statistics(constituency);
        RegistrationStatistics st = s.statistics();
        boolean en = "en".equals(locale.getLanguage());
        Function<String, String> word = k -> messages.getMessage("candidacy.stats." + k, null, k, locale);
        model.addAttribute("total", st.total());
        model.addAttribute("scope", s.scope());
        model.addAttribute("constituency", s.constituency());
        model.addAttribute("tables", List.of(
                table("byDay", st.byDay(), k -> {
                    var j = JalaliDate.of(LocalDate.parse(k));
                    return en ? j.toEnglishText() : j.toPersianText();
                }),
                table("bySex", st.bySex(), word),
                table("byAge", st.byAgeBand(), k -> en ? k : org.entekhabat.platform.PersianNumbers.digits(k)),
                table("byEducation", st.byEducation(), k -> "UNKNOWN".equals(k) ? word.apply(k)
                        : en ? EducationLevel.valueOf(k).en() : EducationLevel.valueOf(k).fa()),
                table("byPrior", st.byPriorMembership(), word)));
        return "candidacy/statistics";
    }

    private static Table table(String name, List<Count> counts, Function<String, String> label) {
        return new Table(name, counts.stream().map(c -> new Row(c.key(), label.apply(c.key()), c.count())).toList());
    }
}
