package org.entekhabat.vetting.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.vetting.InquiryBoard;
import org.entekhabat.vetting.InquiryReminders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The county inquiry board as JSON ({@code GET /api/vetting/inquiries?county=ID}) and the reminder button's
 * API twin ({@code POST /api/vetting/inquiries/remind?county=ID}). Late and missing answers carry their own
 * status (LATE, NO_ANSWER), never CLEAR.
 */
@RestController
@RequestMapping("/api/vetting/inquiries")
class InquiryBoardApi {

    private final InquiryReminders reminders;
    private final InquiryBoardAccess access;

    InquiryBoardApi(InquiryReminders reminders, InquiryBoardAccess access) {
        this.reminders = reminders;
        this.access = access;
    }

    @GetMapping
    Map<String, Object> board(@RequestParam String county) {
        InquiryBoard b = reminders.board(access.requireRead(county));
        var out = new LinkedHashMap<String, Object>();
        out.put("county", b.countyCode());
        out.put("at", b.at().toString());
        out.put("authorities", b.rows().stream().map(InquiryBoardApi::row).toList());
        out.put("lateOrMissing", b.problems().stream().map(InquiryBoardApi::problem).toList());
        return out;
    }

    @PostMapping("/remind")
    List<Map<String, String>> remind(@RequestParam String county) {
        var user = access.requireSend(county);
        return reminders.sendReminders(access.requireRead(county), "user:" + user.username()).stream()
                .map(s -> Map.of("candidate", s.candidate(), "authority", s.authority().name(), "kind", s.kind())).toList();
    }

    private static Map<String, Object> problem(InquiryBoard.Problem p) {
        var m = new LinkedHashMap<String, Object>();
        m.put("candidate", p.candidate());
        m.put("constituency", p.constituencyId());
        m.put("authority", p.authority().name());
        m.put("status", p.status().name());
        m.put("deadline", p.deadline().toString());
        m.put("reminders", p.reminders());
        return m;
    }

    private static Map<String, Object> row(InquiryBoard.Row r) {
        var m = new LinkedHashMap<String, Object>();
        m.put("authority", r.authority().name());
        m.put("pending", r.pending());
        m.put("clear", r.clear());
        m.put("finding", r.finding());
        m.put("late", r.late());
        m.put("noAnswer", r.noAnswer());
        m.put("reminders", r.reminders());
        m.put("nextDeadline", r.nextDeadline() == null ? null : r.nextDeadline().toString());
        return m;
    }
}
