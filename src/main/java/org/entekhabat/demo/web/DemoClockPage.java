package org.entekhabat.demo.web;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.AdjustableClock;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo clock: jump to a stage of the 1405 calendar (10:00 on its first day) or back to today.
 * Exists only on a demo server (an {@link AdjustableClock}); elsewhere it answers 404.
 */
@Controller
class DemoClockPage {

    /** The stages a newcomer walks through, in order. */
    static final List<String> STOPS = List.of("executive-boards-formed", "city-registration", "city-vetting",
            "city-supervisory-review", "village-registration", "city-objections", "village-vetting",
            "village-supervisory-review", "village-objections", "tehran-list-registration", "final-candidate-lists",
            "campaign", "election-day", "post-election-complaints");

    private final Clock clock;
    private final Schedule schedule;
    private final ApplicationEventPublisher events;
    private final Access access;

    DemoClockPage(Clock clock, Schedule schedule, ApplicationEventPublisher events, Access access) {
        this.clock = clock;
        this.schedule = schedule;
        this.events = events;
        this.access = access;
    }

    record Stop(String key, String name, java.time.LocalDate day) {}

    @GetMapping("/demo/clock")
    String page(Model model, Locale locale) {
        demoClock();
        model.addAttribute("now", clock.instant());
        model.addAttribute("stops", STOPS.stream()
                .map(k -> new Stop(k, schedule.milestone(k).name().in(locale), schedule.window(k).start()))
                .sorted(java.util.Comparator.comparing(Stop::day)).toList());
        return "demo/clock";
    }

    @PostMapping("/demo/clock")
    String travel(@RequestParam String stop) {
        var demo = demoClock();
        var user = access.requireRole(Role.NATIONAL_HQ); // it moves the whole server's calendar
        if ("today".equals(stop)) {
            demo.reset();
        } else {
            if (!STOPS.contains(stop)) {
                throw DomainException.badInput("demo.clock.stop", "چنین مرحله‌ای در فهرست نیست.", "No such stage in the list.");
            }
            var day = schedule.window(stop).start();
            demo.travelTo(ZonedDateTime.of(day, LocalTime.of(10, 0), clock.getZone()).toInstant());
        }
        events.publishEvent(new AuditEvent(user.username(), "demo.clock-moved", "clock", "", java.util.Map.of("stop", stop)));
        return "redirect:/demo/clock";
    }

    private AdjustableClock demoClock() {
        if (clock instanceof AdjustableClock demo) return demo;
        throw DomainException.notFound("demo.clock.off", "ساعت نمایشی فقط در اجرای نمایشی (demo) در دسترس است.",
                "The demo clock exists only on a demo server.");
    }
}
