package org.entekhabat.vetting.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.LegalGround;
import org.entekhabat.vetting.VettingService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only vetting API: the catalogue of legal grounds (public), and a candidate's case with every
 * decision's grounds, reason and named votes, for signed-in board members, supervisors, governors and HQ
 * whose jurisdiction covers the constituency. The candidate's own view is {@code /api/candidate/status}.
 */
@RestController
@RequestMapping("/api/vetting")
class VettingApi {

    private final VettingService vetting;
    private final Clock clock;
    private final CaseAccess access;

    VettingApi(VettingService vetting, Clock clock, CaseAccess access) {
        this.vetting = vetting;
        this.clock = clock;
        this.access = access;
    }

    @GetMapping("/grounds")
    List<Map<String, Object>> grounds() {
        return Arrays.stream(LegalGround.values()).map(VettingApi::ground).toList();
    }

    @GetMapping("/cases/{candidate}")
    Map<String, Object> vettingCase(@PathVariable String candidate) {
        access.requireStaffRead(candidate);
        var c = vetting.find(candidate).orElseThrow(() -> DomainException.notFound("vetting.no-case",
                "پرونده‌ای برای این داوطلب یافت نشد.", "No vetting case for this candidate."));
        var now = clock.instant();
        var m = new LinkedHashMap<String, Object>();
        m.put("candidate", c.candidate());
        m.put("stage", c.stage());
        m.put("state", c.state());
        m.put("decisions", c.decisions().stream().map(VettingApi::decision).toList());
        m.put("inquiries", vetting.inquiries(candidate).stream().map(i -> Map.of(
                "authority", i.authority(), "status", i.status(now), "deadline", i.deadline().toString(),
                "finding", i.answer() != null && i.answer().finding() ? i.answer().text() : "")).toList());
        return m;
    }

    static Map<String, Object> decision(Decision d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("board", d.board());
        m.put("verdict", d.verdict());
        m.put("grounds", d.grounds().stream().map(VettingApi::ground).toList());
        m.put("reason", d.reason());
        m.put("present", d.vote().present().stream().sorted().toList());
        m.put("inFavour", d.vote().inFavour().stream().sorted().toList());
        m.put("decidedAt", d.decidedAt().toString());
        return m;
    }

    static Map<String, Object> ground(LegalGround g) {
        return Map.of("code", g.code(), "article", g.article(), "clause", g.clause(), "citation", g.citation(),
                "contentKnown", g.contentKnown(), "fa", g.fa(), "en", g.en());
    }
}
