package org.entekhabat.calendar.web;

import java.security.Principal;
import java.util.Map;
import org.entekhabat.calendar.IranTime;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.calendar.ScheduleReport;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The schedule as JSON (public) and the extension of a window (officials). */
@RestController
class ScheduleApi {

    private final Schedule schedule;

    ScheduleApi(Schedule schedule) {
        this.schedule = schedule;
    }

    @GetMapping("/api/public/schedule")
    Map<String, Object> schedule() {
        return ScheduleReport.of(schedule.definition(), schedule.milestones(), schedule.stageNow());
    }

    @GetMapping("/api/public/schedule/{key}")
    Map<String, Object> milestone(@PathVariable String key) {
        return ScheduleReport.milestone(schedule.definition(), schedule.milestone(key));
    }

    /**
     * @param until  new last moment: "1404/10/27 20:00" (Jalali, Iran time) or ISO "2026-01-17T20:00"
     * @param reason why
     * @param by     who approved it (the signed-in user takes precedence)
     */
    record ExtensionRequest(String until, String reason, String by) {}

    @PostMapping("/api/schedule/{key}/extension")
    Map<String, Object> extend(@PathVariable String key, @RequestBody ExtensionRequest request, Principal principal) {
        String by = principal != null ? principal.getName() : request.by();
        var m = schedule.extend(key, IranTime.parse(request.until()), by, request.reason());
        return ScheduleReport.milestone(schedule.definition(), m);
    }
}
