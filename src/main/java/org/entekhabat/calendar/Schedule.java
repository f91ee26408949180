package org.entekhabat.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.entekhabat.calendar.internal.Extensions;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The election calendar in force: the schedule file with official extensions on top. Every
 * time-limited action asks {@link #require(String)} first; the answer comes from the injected clock.
 */
@Service
public class Schedule {

    private final Clock clock;
    private final ScheduleDefinition definition;
    private final Extensions extensions;
    private final ApplicationEventPublisher events;

    Schedule(Clock clock, ScheduleDefinition definition, Extensions extensions, ApplicationEventPublisher events) {
        this.clock = clock;
        this.definition = definition;
        this.extensions = extensions;
        this.events = events;
    }

    /** The file as loaded, without extensions. */
    public ScheduleDefinition definition() {
        return definition;
    }

    /** Election day E. */
    public LocalDate electionDay() {
        return definition.electionDay();
    }

    /** Every milestone, extensions applied, in file order. */
    public List<Milestone> milestones() {
        Map<String, ScheduleExtension> inForce = extensions.inForce();
        return definition.milestones().stream()
                .map(m -> inForce.containsKey(m.key()) ? m.extendedBy(inForce.get(m.key())) : m)
                .toList();
    }

    public Milestone milestone(String key) {
        return milestones().stream().filter(m -> m.key().equals(key)).findFirst()
                .orElseThrow(() -> DomainException.notFound("schedule.unknown-milestone",
                        "مرحلهٔ «" + key + "» در تقویم انتخابات نیست.",
                        "The election calendar has no milestone \"" + key + "\"."));
    }

    public MilestoneWindow window(String key) {
        return milestone(key).window();
    }

    public boolean isOpen(String key) {
        return window(key).contains(clock.instant().atZone(MilestoneWindow.IRAN));
    }

    /** Refuses, naming the window, unless the milestone's action may be taken now. */
    public void require(String key) {
        Milestone m = milestone(key);
        var now = clock.instant().atZone(MilestoneWindow.IRAN);
        if (m.window().contains(now)) return;
        throw new DomainException(409, "schedule.outside-window",
                m.name().fa() + " فقط " + m.window().describeFa() + " امکان‌پذیر است.",
                m.name().en() + " is possible only " + m.window().describeEn() + ".",
                Map.of("milestone", key,
                        "opens", m.window().opening().toOffsetDateTime().toString(),
                        "closes", m.window().closing().toOffsetDateTime().toString()));
    }

    public Stage stageNow() {
        return stageAt(clock.instant());
    }

    /** The milestones in force at an instant and the next to open. */
    public Stage stageAt(Instant at) {
        var when = at.atZone(MilestoneWindow.IRAN);
        List<Milestone> all = milestones();
        var current = all.stream().filter(m -> m.window().spans(when)).toList();
        var next = all.stream().filter(m -> m.window().opening().toInstant().isAfter(at))
                .min(Comparator.comparing(m -> m.window().opening()));
        return new Stage(at, current, next);
    }

    /**
     * Records an official extension of a window to a later last moment (Iran time) and its audit
     * entry, in one transaction. Shortening is not an extension and is refused.
     */
    @Transactional
    public Milestone extend(String key, LocalDateTime until, String by, String reason) {
        Milestone m = milestone(key);
        if (by == null || by.isBlank() || reason == null || reason.isBlank()) {
            throw DomainException.badInput("schedule.extension-incomplete",
                    "تمدید باید تأییدکننده و دلیل داشته باشد.", "An extension needs who approved it and why.");
        }
        var previous = m.window().closing();
        if (until == null || !until.atZone(MilestoneWindow.IRAN).isAfter(previous)) {
            throw DomainException.badInput("schedule.not-an-extension",
                    "تمدید باید پایان «" + m.name().fa() + "» را دیرتر کند؛ اکنون " + m.window().describeFa() + " است.",
                    "An extension must end \"" + m.name().en() + "\" later; it is now " + m.window().describeEn() + ".");
        }
        var extension = new ScheduleExtension(key, until, by.trim(), reason.trim(), clock.instant());
        extensions.record(extension);
        events.publishEvent(new AuditEvent(extension.by(), "schedule.extended", "milestone:" + key, extension.reason(),
                Map.of("until", until.toString(), "previous_end", previous.toLocalDateTime().toString(),
                        "jalali_until", JalaliDate.of(until.toLocalDate()) + " " + Times.format(until.toLocalTime()))));
        return m.extendedBy(extension);
    }
}
