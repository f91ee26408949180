package org.entekhabat.boards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entekhabat.boards.internal.CasePlaces;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.Board;
import org.entekhabat.vetting.BoardVote;
import org.entekhabat.vetting.CaseSubject;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.LegalGround;
import org.entekhabat.vetting.Verdict;
import org.entekhabat.vetting.VettingCase;
import org.entekhabat.vetting.VettingService;
import org.entekhabat.vetting.VettingState;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The vetting desks of the boards, on top of {@link VettingService}: the county executive board decides
 * (Art. 63), the county supervisory board confirms or overturns, the provincial supreme supervisory board
 * decides objections. Each action is taken by a signed-in member of the board of the case's county (or
 * province), inside the schedule window, with the members present and their votes taken from that board
 * only; the decision and the board's minutes are stored in one transaction, or nothing is.
 */
@Service
public class VettingDesks {

    private final VettingService vetting;
    private final Boards boards;
    private final CasePlaces places;
    private final Access access;
    private final Schedule schedule;
    private final Clock clock;

    VettingDesks(VettingService vetting, Boards boards, CasePlaces places, Access access, Schedule schedule, Clock clock) {
        this.vetting = vetting;
        this.boards = boards;
        this.places = places;
        this.access = access;
        this.schedule = schedule;
        this.clock = clock;
    }

    /** The cases on the desk of a board the signed-in user sits on. */
    public List<DeskCase> desk(String boardId) {
        var board = boards.require(boardId);
        var user = access.requireUser();
        requireMember(board, user);
        var constituencies = switch (board.kind()) {
            case COUNTY_EXECUTIVE, COUNTY_SUPERVISORY -> places.constituenciesOf(board.jurisdiction().code());
            case PROVINCIAL_SUPERVISORY -> places.constituenciesOfProvince(board.jurisdiction().code());
            default -> List.<String>of();
        };
        return vetting.casesIn(constituencies).stream().map(this::deskCase).toList();
    }

    /** One case, for anyone who may read its county. */
    public DeskCase read(String candidate) {
        var subject = subject(candidate);
        var place = places.of(subject.constituencyId());
        access.requireRead(place.county());
        return deskCase(subject);
    }

    @Transactional
    public VettingCase decideExecutive(String candidate, DeskDecision request) {
        var place = places.of(subject(candidate).constituencyId());
        var board = actingBoard(BoardKind.COUNTY_EXECUTIVE, place.county(), Role.EXECUTIVE_BOARD, Role.GOVERNOR);
        window("executive", place);
        var verdict = verdict(request.verdict());
        return decide(board, candidate, request, verdict, Board.EXECUTIVE, d -> vetting.executiveDecision(candidate, d));
    }

    /** CONFIRM or OVERTURN the executive board's verdict. */
    @Transactional
    public VettingCase reviewCounty(String candidate, DeskDecision request) {
        var place = places.of(subject(candidate).constituencyId());
        var board = actingBoard(BoardKind.COUNTY_SUPERVISORY, place.county(), Role.SUPERVISOR);
        window("county", place);
        var c = vetting.find(candidate).orElseThrow();
        if (!(c.state() instanceof VettingState.ExecutiveDecided ed)) {
            throw DomainException.conflict("vetting.illegal-transition", "این پرونده در انتظار بررسی هیأت نظارت شهرستان نیست.",
                    "This case is not waiting for the county supervisory board.");
        }
        String action = request.verdict() == null ? "" : request.verdict().strip().toUpperCase(Locale.ROOT);
        Verdict verdict = switch (action) {
            case "CONFIRM" -> ed.decision().verdict();
            case "OVERTURN" -> ed.decision().verdict().opposite();
            default -> throw DomainException.badInput("boards.review-action", "تأیید یا نقض تصمیم هیأت اجرایی را مشخص کنید.",
                    "Say whether you CONFIRM or OVERTURN the executive board's decision.");
        };
        return decide(board, candidate, request, verdict, Board.COUNTY_SUPERVISORY, d -> vetting.countyReview(candidate, d));
    }

    /** The county supervisory board sends the result out; the objection period starts. */
    @Transactional
    public VettingCase publishInitialResult(String candidate) {
        var place = places.of(subject(candidate).constituencyId());
        var user = access.requireChange(place.county(), Role.SUPERVISOR);
        requireMember(formedBoard(BoardKind.COUNTY_SUPERVISORY, place.county()), user);
        return vetting.publishInitialResult(candidate, user.username());
    }

    @Transactional
    public VettingCase decideObjection(String candidate, DeskDecision request) {
        var place = places.of(subject(candidate).constituencyId());
        var board = actingBoard(BoardKind.PROVINCIAL_SUPERVISORY, place.province(), Role.SUPERVISOR);
        window("provincial", place);
        return decide(board, candidate, request, verdict(request.verdict()), Board.PROVINCIAL_SUPERVISORY,
                d -> vetting.provincialDecision(candidate, d));
    }

    /** A provincial board member makes the verdict final (after its decision, or when no objection came in time). */
    @Transactional
    public VettingCase finalise(String candidate) {
        var place = places.of(subject(candidate).constituencyId());
        var user = access.requireChange(place.province(), Role.SUPERVISOR);
        requireMember(formedBoard(BoardKind.PROVINCIAL_SUPERVISORY, place.province()), user);
        return vetting.finalise(candidate, user.username());
    }

    /** Who decided what and when in a county: every decision of every board on its cases, newest first. */
    public List<LoggedDecision> decisionsLog(String countyCode) {
        var county = Jurisdiction.county(countyCode);
        access.requireRead(county);
        access.requireRole(Role.SUPERVISOR, Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR);
        var out = new ArrayList<LoggedDecision>();
        for (CaseSubject s : vetting.casesIn(places.constituenciesOf(countyCode))) {
            for (Decision d : vetting.find(s.candidate()).orElseThrow().decisions()) {
                var against = d.vote().present().stream().filter(p -> !d.vote().inFavour().contains(p)).sorted().toList();
                out.add(new LoggedDecision(s.candidate(), s.constituencyId(), d, against, d.decidedAt()));
            }
        }
        out.sort(Comparator.comparing(LoggedDecision::decidedAt).reversed());
        return out;
    }

    // --- internals

    private VettingCase decide(BoardInfo board, String candidate, DeskDecision request, Verdict verdict, Board vettingBoard,
                               java.util.function.Function<Decision, VettingCase> step) {
        var user = access.requireUser();
        boards.check(board, request.present(), request.inFavour());
        var grounds = grounds(request.grounds());
        var decision = new Decision(vettingBoard, verdict, grounds, request.reason(),
                new BoardVote(request.present(), request.inFavour()), clock.instant());
        var after = step.apply(decision);
        String motion = verdict.fa() + (grounds.isEmpty() ? "" : " — "
                + grounds.stream().map(LegalGround::citation).distinct().collect(Collectors.joining("، ")));
        boards.vote(board.id(), "candidate:" + candidate, motion, request.present(), request.inFavour(), user.username());
        return after;
    }

    private BoardInfo actingBoard(BoardKind kind, Jurisdiction where, Role... roles) {
        var user = access.requireChange(where, roles);
        var board = formedBoard(kind, where);
        requireMember(board, user);
        return board;
    }

    private BoardInfo formedBoard(BoardKind kind, Jurisdiction where) {
        var board = boards.find(kind, where).orElseThrow(() -> DomainException.conflict("boards.no-board",
                "«" + kind.fa() + "» " + where.fa() + " هنوز تشکیل نشده است.", "The " + kind.en() + " of " + where.en() + " is not formed yet."));
        if (!board.formed()) {
            throw DomainException.conflict("boards.board-not-formed", "«" + kind.fa() + "» " + where.fa() + " هنوز کامل تشکیل نشده است.",
                    "The " + kind.en() + " of " + where.en() + " is not complete yet.");
        }
        return board;
    }

    private void requireMember(BoardInfo board, CurrentUser user) {
        boolean voting = boards.membership(board.id(), user.username()).map(m -> m.seat().votes()).orElse(false);
        if (!voting) {
            throw new DomainException(403, "boards.not-a-member", "شما عضو دارای رأی «" + board.kind().fa() + "» "
                    + board.jurisdiction().fa() + " نیستید.", "You are not a voting member of the " + board.kind().en() + " of "
                    + board.jurisdiction().en() + ".");
        }
    }

    private void window(String desk, CasePlace place) {
        boards.settings().window(desk, place.village()).ifPresent(schedule::require);
    }

    private CaseSubject subject(String candidate) {
        return vetting.caseSubject(candidate).orElseThrow(() -> DomainException.notFound("vetting.no-case",
                "پرونده‌ای برای این داوطلب یافت نشد.", "No vetting case for this candidate."));
    }

    private DeskCase deskCase(CaseSubject s) {
        var now = clock.instant();
        var lines = vetting.inquiries(s.candidate()).stream().map(i -> new DeskCase.InquiryLine(i, i.status(now))).toList();
        return new DeskCase(s, places.of(s.constituencyId()), vetting.find(s.candidate()).orElseThrow(), lines);
    }

    private static Verdict verdict(String text) {
        try {
            return Verdict.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("boards.verdict", "رأی هیأت را مشخص کنید: تأیید یا رد صلاحیت.",
                    "Give the verdict: APPROVED or REJECTED.");
        }
    }

    private static List<LegalGround> grounds(List<String> codes) {
        var out = new ArrayList<LegalGround>();
        for (String c : codes) {
            out.add(LegalGround.byCode(c).orElseThrow(() -> DomainException.badInput("boards.unknown-ground",
                    "بند قانونی «" + c + "» در فهرست مستندات نیست.", "'" + c + "' is not a known legal ground.")));
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

}
