package org.entekhabat.boards.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.entekhabat.boards.DeskCase;
import org.entekhabat.boards.DeskDecision;
import org.entekhabat.boards.LoggedDecision;
import org.entekhabat.boards.VettingDesks;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.VettingCase;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The vetting desks for board members: /api/boards/{board}/desk lists the cases with inquiry statuses;
 * /api/boards/cases/{candidate}/... takes the executive decision, the county review, the result's
 * publication, the provincial decision on an objection and the final verdict.
 */
@RestController
@RequestMapping("/api/boards")
class DeskApi {

    private final VettingDesks desks;

    DeskApi(VettingDesks desks) {
        this.desks = desks;
    }

    @GetMapping("/{board}/desk")
    List<Map<String, Object>> desk(@PathVariable String board) {
        return desks.desk(board).stream().map(DeskApi::deskCase).toList();
    }

    @GetMapping("/cases/{candidate}")
    Map<String, Object> read(@PathVariable String candidate) {
        return deskCase(desks.read(candidate));
    }

    @PostMapping("/cases/{candidate}/executive-decision")
    Map<String, Object> executive(@PathVariable String candidate, @RequestBody DeskDecision d) {
        return result(desks.decideExecutive(candidate, d));
    }

    @PostMapping("/cases/{candidate}/county-review")
    Map<String, Object> county(@PathVariable String candidate, @RequestBody DeskDecision d) {
        return result(desks.reviewCounty(candidate, d));
    }

    @PostMapping("/cases/{candidate}/publish")
    Map<String, Object> publish(@PathVariable String candidate) {
        return result(desks.publishInitialResult(candidate));
    }

    @PostMapping("/cases/{candidate}/objection-decision")
    Map<String, Object> objection(@PathVariable String candidate, @RequestBody DeskDecision d) {
        return result(desks.decideObjection(candidate, d));
    }

    @PostMapping("/cases/{candidate}/finalise")
    Map<String, Object> finalise(@PathVariable String candidate) {
        return result(desks.finalise(candidate));
    }

    @GetMapping("/decisions")
    List<Map<String, Object>> decisions(@RequestParam String county) {
        return desks.decisionsLog(county).stream().map(DeskApi::logged).toList();
    }

    static Map<String, Object> deskCase(DeskCase c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("candidate", c.subject().candidate());
        m.put("constituency", c.subject().constituencyId());
        m.put("county", c.place().countyCode());
        m.put("village", c.place().village());
        m.put("stage", c.vettingCase().stage());
        m.put("inquiries", c.inquiries().stream().map(i -> Map.of("authority", i.inquiry().authority(), "status", i.status(),
                "deadline", i.inquiry().deadline().toString())).toList());
        m.put("decisions", c.vettingCase().decisions().stream().map(DeskApi::decision).toList());
        return m;
    }

    static Map<String, Object> result(VettingCase c) {
        var m = new LinkedHashMap<String, Object>();
        m.put("candidate", c.candidate());
        m.put("stage", c.stage());
        m.put("decisions", c.decisions().stream().map(DeskApi::decision).toList());
        return m;
    }

    static Map<String, Object> decision(Decision d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("board", d.board());
        m.put("verdict", d.verdict());
        m.put("grounds", d.grounds().stream().map(g -> Map.of("code", g.code(), "citation", g.citation())).toList());
        m.put("reason", d.reason());
        m.put("present", d.vote().present().stream().sorted().toList());
        m.put("inFavour", d.vote().inFavour().stream().sorted().toList());
        m.put("decidedAt", d.decidedAt().toString());
        return m;
    }

    static Map<String, Object> logged(LoggedDecision l) {
        var m = decision(l.decision());
        m.put("candidate", l.candidate());
        m.put("constituency", l.constituencyId());
        m.put("against", l.against());
        return m;
    }
}
