package org.entekhabat.boards.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.entekhabat.boards.BoardInfo;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.Boards;
import org.entekhabat.boards.Member;
import org.entekhabat.boards.RecordedVote;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.platform.DomainException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Forming boards and recording their votes: /api/boards. Every write checks who may do it first. */
@RestController
@RequestMapping("/api/boards")
class BoardsApi {

    record OpenRequest(String kind, String jurisdiction) {}
    record SeatRequest(String username, String title) {}
    record NomineesRequest(List<String> nominees) {}
    record BallotRequest(String voter, List<String> names) {}
    record CountRequest(String lotSeed) {}
    record VoteRequest(String subject, String motion, Set<String> present, Set<String> inFavour) {}

    private final Boards boards;
    private final BoardPermissions permissions;
    private final Access access;

    BoardsApi(Boards boards, BoardPermissions permissions, Access access) {
        this.boards = boards;
        this.permissions = permissions;
        this.access = access;
    }

    @GetMapping
    List<Map<String, Object>> list() {
        access.requireUser();
        return boards.all().stream().filter(b -> access.canRead(b.jurisdiction())).map(BoardsApi::info).toList();
    }

    @GetMapping("/mine")
    List<Map<String, Object>> mine() {
        var user = access.requireUser();
        return boards.memberships(user.username()).stream().map(m -> {
            var out = info(boards.require(m.boardId()));
            out.put("seat", m.seat());
            return out;
        }).toList();
    }

    @GetMapping("/{id}")
    Map<String, Object> board(@PathVariable String id) {
        var b = permissions.requireRead(id);
        var out = info(b);
        out.put("members", boards.members(id).stream().map(BoardsApi::member).toList());
        out.put("nominees", boards.nominees(id));
        out.put("ballots", boards.ballots(id));
        boards.election(id).ifPresent(e -> out.put("election", Map.of("lotSeed", e.lotSeed(), "draws", e.draws(),
                "minutesFa", e.minutesFa(), "minutesEn", e.minutesEn(), "countedAt", e.countedAt().toString(), "countedBy", e.countedBy())));
        out.put("votes", boards.votes(id).stream().map(BoardsApi::vote).toList());
        return out;
    }

    @PostMapping
    Map<String, Object> open(@RequestBody OpenRequest r) {
        BoardKind kind = kind(r.kind());
        Jurisdiction where = Jurisdiction.parse(r.jurisdiction());
        var user = permissions.requireFormer(kind, where);
        return info(boards.open(kind, where, user.username()));
    }

    @PostMapping("/{id}/ex-officio")
    Map<String, Object> exOfficio(@PathVariable String id, @RequestBody SeatRequest r) {
        var user = permissions.requireFormer(id);
        return member(boards.seatExOfficio(id, r.username(), r.title(), user.username()));
    }

    @PostMapping("/{id}/nominees")
    Map<String, Object> nominees(@PathVariable String id, @RequestBody NomineesRequest r) {
        var user = permissions.requireFormer(id);
        return Map.of("nominees", boards.nominate(id, r.nominees(), user.username()));
    }

    @PostMapping("/{id}/ballots")
    Map<String, Object> ballot(@PathVariable String id, @RequestBody BallotRequest r) {
        var user = permissions.requireFormer(id);
        boards.castBallot(id, r.voter(), r.names(), user.username());
        return Map.of("voter", r.voter(), "ballots", boards.ballots(id).size());
    }

    @PostMapping("/{id}/count")
    Map<String, Object> count(@PathVariable String id, @RequestBody CountRequest r) {
        var user = permissions.requireFormer(id);
        boards.count(id, r.lotSeed(), user.username());
        return board(id);
    }

    @PostMapping("/{id}/members")
    Map<String, Object> appoint(@PathVariable String id, @RequestBody SeatRequest r) {
        var user = permissions.requireFormer(id);
        return member(boards.appoint(id, r.username(), r.title(), user.username()));
    }

    @PostMapping("/{id}/votes")
    Map<String, Object> vote(@PathVariable String id, @RequestBody VoteRequest r) {
        var user = permissions.requireVotingMember(id);
        return vote(boards.vote(id, r.subject(), r.motion(), r.present(), r.inFavour(), user.username()));
    }

    static BoardKind kind(String text) {
        try {
            return BoardKind.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("boards.kind", "نوع هیأت معتبر نیست.", "Unknown board kind: " + text);
        }
    }

    static Map<String, Object> info(BoardInfo b) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", b.id());
        m.put("kind", b.kind());
        m.put("jurisdiction", b.jurisdiction().toString());
        m.put("formed", b.formed());
        m.put("createdAt", b.createdAt().toString());
        m.put("formedAt", b.formedAt() == null ? null : b.formedAt().toString());
        return m;
    }

    static Map<String, Object> member(Member x) {
        var m = new LinkedHashMap<String, Object>();
        m.put("board", x.boardId());
        m.put("username", x.username());
        m.put("seat", x.seat());
        m.put("title", x.title());
        m.put("rank", x.rank());
        m.put("votes", x.votes());
        m.put("since", x.since().toString());
        return m;
    }

    static Map<String, Object> vote(RecordedVote v) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", v.id());
        m.put("subject", v.subject());
        m.put("motion", v.motion());
        m.put("passed", v.passed());
        m.put("quorum", v.required());
        m.put("present", v.present().stream().sorted().toList());
        m.put("inFavour", v.inFavour().stream().sorted().toList());
        m.put("decidedAt", v.decidedAt().toString());
        m.put("recordedBy", v.recordedBy());
        return m;
    }
}
