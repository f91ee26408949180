package org.entekhabat.vetting.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.entekhabat.vetting.CandidateStatus;
import org.entekhabat.vetting.CandidateTimeline;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The candidate's own timeline as JSON: tracking id in the path, national code in {@code X-National-Code}. */
@RestController
class CandidateStatusApi {

    private final CandidateStatus status;

    CandidateStatusApi(CandidateStatus status) {
        this.status = status;
    }

    @GetMapping("/api/candidate/status/{trackingId}")
    Map<String, Object> timeline(@PathVariable String trackingId, @RequestHeader("X-National-Code") String nationalCode) {
        return json(status.timeline(trackingId, nationalCode));
    }

    static Map<String, Object> json(CandidateTimeline t) {
        var a = t.application();
        var m = new LinkedHashMap<String, Object>();
        m.put("trackingId", a.trackingId());
        m.put("name", a.fullName());
        m.put("constituency", Map.of("id", a.constituency().id(), "name", a.constituency().name()));
        m.put("applicationStatus", a.status());
        m.put("submittedAt", a.submittedAt());
        m.put("imported", t.imported());
        m.put("stage", t.stage());
        m.put("inquiries", t.inquiries().stream().map(i -> Map.of("authority", i.authority(), "status", i.status(),
                "sentAt", i.sentAt().toString(), "deadline", i.deadline().toString())).toList());
        m.put("decisions", t.decisions().stream().map(VettingApi::decision).toList());
        if (t.initial() != null) {
            m.put("initialResult", Map.of("verdict", t.initial().verdict(), "publishedAt", t.initial().publishedAt().toString(),
                    "objectionDeadline", t.initial().objectionDeadline().toString()));
        }
        if (t.objection() != null) m.put("objection", Map.of("filedAt", t.objection().filedAt().toString(), "text", t.objection().text()));
        m.put("finalVerdict", t.finalVerdict());
        m.put("code", t.code());
        m.put("list", t.listTitle() == null ? null : Map.of("title", t.listTitle(), "code", t.listCode() == null ? "" : t.listCode()));
        m.put("finalListPublished", t.finalListPublished());
        return m;
    }
}
