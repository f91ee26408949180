package org.entekhabat.boards;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.entekhabat.boards.internal.BoardStore;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.UserAccount;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.tally.CandidateTotal;
import org.entekhabat.tally.ContestResult;
import org.entekhabat.tally.Lot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forms the boards and keeps their minutes. An executive board is opened inside the formation window, gets
 * its ex officio members (the chair first), the chair's 30 nominees, one recorded ballot per nominee, and the
 * count that seats 8 trusted members and the alternates (ties by a lot whose seed is recorded before the
 * count). Supervisory boards get appointed members. Every step is one transaction with its audit entry.
 * The callers (web, demo) apply the access rule; {@code actor} names who acted.
 */
@Service
public class Boards {

    private final BoardStore store;
    private final BoardSettings settings;
    private final Schedule schedule;
    private final Users users;
    private final Access access;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Boards(BoardStore store, BoardSettings settings, Schedule schedule, Users users, Access access, Clock clock,
           ApplicationEventPublisher events) {
        this.store = store;
        this.settings = settings;
        this.schedule = schedule;
        this.users = users;
        this.access = access;
        this.clock = clock;
        this.events = events;
    }

    /** Set while {@link #recordingPastFormation} runs: the formation window is not asked then. */
    private static final ThreadLocal<Boolean> PAST_FORMATION = ThreadLocal.withInitial(() -> false);

    /**
     * Runs formation steps for a board formed on paper before this system recorded it (the demo, or an import
     * after the window closed): the formation window is not asked, and an audit entry says so and why. No web
     * or API path calls this.
     */
    public <T> T recordingPastFormation(String actor, String why, java.util.function.Supplier<T> steps) {
        events.publishEvent(new AuditEvent(actor, "boards.window-waived", "milestone:" + settings.formationMilestone(), why, Map.of()));
        PAST_FORMATION.set(true);
        try {
            return steps.get();
        } finally {
            PAST_FORMATION.set(false);
        }
    }

    private void requireFormationWindow() {
        if (!PAST_FORMATION.get()) schedule.require(settings.formationMilestone());
    }

    public BoardSettings settings() {
        return settings;
    }

    /** Opens a board of this kind for this jurisdiction; executive boards only inside the formation window. */
    @Transactional
    public BoardInfo open(BoardKind kind, Jurisdiction where, String actor) {
        if (where.level() != kind.level()) {
            throw FormationRules.bad("wrong-level", "«" + kind.fa() + "» در سطح " + kind.level().fa() + " تشکیل می‌شود، نه "
                    + where.level().fa() + ".", "A " + kind.en() + " sits at " + kind.level().en() + " level, not " + where.level().en() + ".");
        }
        if (kind.executive()) requireFormationWindow();
        String id = kind.idFor(where);
        if (store.board(id).isPresent()) {
            throw FormationRules.conflict("board-exists", "«" + kind.fa() + "» " + where.fa() + " پیش‌تر تشکیل شده است.",
                    "The " + kind.en() + " of " + where.en() + " already exists.");
        }
        store.insertBoard(id, kind, where, clock.instant(), actor);
        audit(actor, "boards.opened", id, "", Map.of("kind", kind.name(), "jurisdiction", where.toString()));
        return store.board(id).orElseThrow();
    }

    /** Seats an ex officio member of an executive board; on a county board the chair (the governor) comes first. */
    @Transactional
    public Member seatExOfficio(String boardId, String username, String title, String actor) {
        var board = forming(boardId, true);
        var account = account(board, username);
        var members = store.members(boardId);
        long seated = members.stream().filter(m -> m.seat() == SeatKind.EX_OFFICIO).count();
        FormationRules.checkExOfficioSeat(settings.composition(board.kind()), (int) seated);
        if (board.kind() == BoardKind.COUNTY_EXECUTIVE && (seated == 0) != (account.role() == Role.GOVERNOR)) {
            throw FormationRules.bad("chair-first", "رئیس هیأت اجرایی شهرستان فرماندار است: نخست فرماندار و سپس دیگر اعضای حقوقی ثبت می‌شوند.",
                    "The governor chairs the county executive board: seat the governor first, then the other ex officio members.");
        }
        notMember(members, username);
        var m = new Member(boardId, account.username(), SeatKind.EX_OFFICIO, title == null ? "" : title.strip(), null, null,
                clock.instant(), actor);
        store.insertMember(m);
        audit(actor, "boards.ex-officio-seated", boardId, m.title(), Map.of("member", m.username()));
        formIfComplete(board, actor);
        return m;
    }

    /** The chair names exactly 30 nominees for the trusted seats, once. */
    @Transactional
    public List<String> nominate(String boardId, List<String> nominees, String actor) {
        var board = forming(boardId, true);
        var c = settings.composition(board.kind());
        FormationRules.checkNominees(nominees, c);
        if (!store.nominees(boardId).isEmpty()) {
            throw FormationRules.conflict("nominees-exist", "نامزدهای این هیأت پیش‌تر معرفی شده‌اند.", "The nominees were already named.");
        }
        var members = store.members(boardId);
        var names = nominees.stream().map(n -> account(board, n).username()).toList();
        for (String n : names) notMember(members, n);
        store.insertNominees(boardId, names, clock.instant(), actor);
        audit(actor, "boards.nominees-named", boardId, "", Map.of("nominees", names));
        return names;
    }

    /** Records one nominee's ballot (the names they chose), as read out and entered in the minutes. */
    @Transactional
    public void castBallot(String boardId, String voter, List<String> names, String actor) {
        var board = forming(boardId, true);
        var nominees = Set.copyOf(store.nominees(boardId));
        if (nominees.isEmpty()) {
            throw FormationRules.conflict("no-nominees", "هنوز نامزدی معرفی نشده است.", "No nominees have been named yet.");
        }
        if (store.election(boardId).isPresent()) {
            throw FormationRules.conflict("ballot-counted", "آرا پیش‌تر شمرده شده است.", "The ballot has already been counted.");
        }
        var choices = names == null ? List.<String>of() : names.stream().map(String::strip).toList();
        FormationRules.checkBallot(voter, choices, nominees, store.ballots(boardId).keySet(), settings.composition(board.kind()));
        store.insertBallot(boardId, voter, choices, clock.instant(), actor);
        audit(actor, "boards.ballot-cast", boardId, "", Map.of("voter", voter, "names", choices));
    }

    /**
     * Counts the ballots (a majority of the nominees must have voted), seats the trusted members and the
     * alternates in vote order, ties by the lot of {@code lotSeedHex}, fixed in public before the count.
     */
    @Transactional
    public TrustedBallotResult count(String boardId, String lotSeedHex, String actor) {
        var board = forming(boardId, true);
        if (store.election(boardId).isPresent()) {
            throw FormationRules.conflict("ballot-counted", "آرا پیش‌تر شمرده شده است.", "The ballot has already been counted.");
        }
        var c = settings.composition(board.kind());
        var nominees = store.nominees(boardId);
        var ballots = store.ballots(boardId);
        int needed = c.nominees() / 2 + 1;
        if (nominees.isEmpty() || ballots.size() < needed) {
            throw BoardVoting.quorumMissing(ballots.size(), needed);
        }
        Lot lot;
        try {
            lot = new Lot(lotSeedHex == null ? "" : lotSeedHex.strip());
        } catch (IllegalArgumentException e) {
            throw FormationRules.bad("lot-seed", "بذر قرعه باید رشته‌ای هگزادسیمال با طول زوج باشد.",
                    "The lot seed must be a hexadecimal string of whole bytes.");
        }
        ContestResult result = TrustedElection.count(boardId, nominees, ballots, c, lot);
        Instant now = clock.instant();
        Map<String, Long> votes = result.totals().stream()
                .collect(Collectors.toMap(t -> t.candidate().code(), CandidateTotal::votes));
        for (int i = 0; i < result.members().size(); i++) seat(boardId, result.members().get(i).code(), SeatKind.TRUSTED, i + 1, votes, now, actor);
        for (int i = 0; i < result.alternates().size(); i++) seat(boardId, result.alternates().get(i).code(), SeatKind.ALTERNATE, i + 1, votes, now, actor);
        String draws = result.draws().stream().map(d -> d.index() + " " + String.join(",", d.tied()) + " → "
                + String.join(",", d.outcome()) + " " + d.digestHex()).collect(Collectors.joining("\n"));
        var stored = new TrustedBallotResult(boardId, lot.seedHex(), draws, result.minutesFa(), result.minutesEn(), now, actor);
        store.insertElection(stored);
        var details = new LinkedHashMap<String, Object>();
        details.put("trusted", result.memberCodes());
        details.put("alternates", result.alternateCodes());
        details.put("ballots", ballots.size());
        details.put("lotSeed", lot.seedHex());
        details.put("draws", draws);
        audit(actor, "boards.trusted-elected", boardId, "", details);
        formIfComplete(board, actor);
        return stored;
    }

    /** Appoints a member of a supervisory board; it is formed once it has its configured size. */
    @Transactional
    public Member appoint(String boardId, String username, String title, String actor) {
        var board = forming(boardId, false);
        var account = account(board, username);
        var members = store.members(boardId);
        notMember(members, username);
        var m = new Member(boardId, account.username(), SeatKind.APPOINTED, title == null ? "" : title.strip(), null, null,
                clock.instant(), actor);
        store.insertMember(m);
        audit(actor, "boards.member-appointed", boardId, m.title(), Map.of("member", m.username()));
        formIfComplete(board, actor);
        return m;
    }

    /**
     * Records a vote of a formed board in its minutes: the members present (voting members only), who was in
     * favour, and whether it passed. Refused without a quorum; nothing is stored then.
     */
    @Transactional
    public RecordedVote vote(String boardId, String subject, String motion, Set<String> present, Set<String> inFavour,
                             String actor) {
        var board = formed(boardId);
        var outcome = check(board, present, inFavour);
        if (motion == null || motion.isBlank()) {
            throw FormationRules.bad("motion-missing", "موضوع رأی‌گیری را بنویسید.", "Write what is being voted on.");
        }
        Instant now = clock.instant();
        long id = store.insertVote(boardId, subject == null ? "" : subject, motion.strip(), outcome.passed(), outcome.required(),
                now, actor, outcome.present(), outcome.inFavour());
        var details = new LinkedHashMap<String, Object>();
        details.put("vote", id);
        details.put("subject", subject == null ? "" : subject);
        details.put("present", List.copyOf(new java.util.TreeSet<>(outcome.present())));
        details.put("inFavour", List.copyOf(new java.util.TreeSet<>(outcome.inFavour())));
        details.put("passed", outcome.passed());
        details.put("quorum", outcome.required());
        audit(actor, "boards.vote-recorded", boardId, motion.strip(), details);
        return new RecordedVote(id, boardId, subject, motion.strip(), outcome.passed(), outcome.required(), now, actor,
                outcome.present(), outcome.inFavour());
    }

    /** Checks a vote against the board's voting members and quorum without recording it. */
    public BoardVoting.Outcome check(BoardInfo board, Set<String> present, Set<String> inFavour) {
        return BoardVoting.check(votingMembers(board.id()), present == null ? Set.of() : present,
                inFavour == null ? Set.of() : inFavour, settings.quorum(board.kind()));
    }

    // --- reading

    public Optional<BoardInfo> find(String boardId) {
        return store.board(boardId);
    }

    public Optional<BoardInfo> find(BoardKind kind, Jurisdiction where) {
        return store.board(kind.idFor(where));
    }

    public BoardInfo require(String boardId) {
        return store.board(boardId).orElseThrow(() -> noBoard(boardId));
    }

    private static DomainException noBoard(String boardId) {
        return DomainException.notFound("boards.no-board", "هیأتی با این شناسه یافت نشد: " + boardId, "No board with id " + boardId);
    }

    public List<BoardInfo> all() {
        return store.boards();
    }

    public List<Member> members(String boardId) {
        return store.members(boardId);
    }

    public Set<String> votingMembers(String boardId) {
        return store.members(boardId).stream().filter(m -> m.seat().votes()).map(Member::username)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    public List<Member> memberships(String username) {
        return store.memberships(username);
    }

    public Optional<Member> membership(String boardId, String username) {
        return store.members(boardId).stream().filter(m -> m.username().equals(username)).findFirst();
    }

    public List<String> nominees(String boardId) {
        return store.nominees(boardId);
    }

    public Map<String, List<String>> ballots(String boardId) {
        return store.ballots(boardId);
    }

    public Optional<TrustedBallotResult> election(String boardId) {
        return store.election(boardId);
    }

    public List<RecordedVote> votes(String boardId) {
        return store.votes(boardId);
    }

    public FormationRules.Completeness completeness(String boardId) {
        var board = require(boardId);
        var seated = new EnumMap<SeatKind, Integer>(SeatKind.class);
        for (Member m : store.members(boardId)) seated.merge(m.seat(), 1, Integer::sum);
        return FormationRules.completeness(settings.composition(board.kind()), seated);
    }

    // --- internals

    private BoardInfo forming(String boardId, boolean executive) {
        var board = store.lock(boardId).orElseThrow(() -> noBoard(boardId));
        if (board.kind().executive() != executive) {
            throw FormationRules.bad("wrong-kind", executive
                            ? "این گام ویژهٔ هیأت‌های اجرایی است." : "این گام ویژهٔ هیأت‌های نظارت است.",
                    executive ? "This step belongs to executive boards." : "This step belongs to supervisory boards.");
        }
        if (executive) requireFormationWindow();
        if (executive && board.formed()) {
            throw FormationRules.conflict("board-formed", "این هیأت پیش‌تر کامل شده است.", "This board is already complete.");
        }
        return board;
    }

    private BoardInfo formed(String boardId) {
        var board = require(boardId);
        if (!board.formed()) {
            throw FormationRules.conflict("board-not-formed", "«" + board.kind().fa() + "» هنوز کامل تشکیل نشده است.",
                    "The " + board.kind().en() + " is not complete yet.");
        }
        return board;
    }

    private UserAccount account(BoardInfo board, String username) {
        var account = users.find(username).filter(UserAccount::enabled).orElseThrow(() -> FormationRules.bad("no-account",
                "حساب کاربری فعالی با نام «" + username + "» نیست؛ اعضای هیأت کاربران سامانه‌اند.",
                "No enabled account '" + username + "'; board members are users of the system."));
        if (!board.kind().memberRoles().contains(account.role()) || !access.covers(board.jurisdiction(), account.jurisdiction())) {
            throw FormationRules.bad("member-role", "«" + username + "» با نقش «" + account.role().fa() + "» در "
                            + account.jurisdiction().fa() + " نمی‌تواند عضو «" + board.kind().fa() + "» " + board.jurisdiction().fa() + " باشد.",
                    "'" + username + "' (" + account.role().en() + ", " + account.jurisdiction().en() + ") cannot sit on the "
                            + board.kind().en() + " of " + board.jurisdiction().en() + ".");
        }
        return account;
    }

    private void seat(String boardId, String username, SeatKind kind, int place, Map<String, Long> votes, Instant now, String actor) {
        store.insertMember(new Member(boardId, username, kind, "", place, votes.get(username), now, actor));
    }

    private static void notMember(List<Member> members, String username) {
        if (members.stream().anyMatch(m -> m.username().equals(username))) {
            throw FormationRules.conflict("already-member", "«" + username + "» پیش‌تر عضو این هیأت است.",
                    "'" + username + "' is already on this board.");
        }
    }

    private void formIfComplete(BoardInfo board, String actor) {
        boolean complete = board.kind().executive() ? completeness(board.id()).complete()
                : store.members(board.id()).size() >= settings.supervisorySize(board.kind());
        if (complete && !store.board(board.id()).orElseThrow().formed()) {
            store.markFormed(board.id(), clock.instant());
            audit(actor, "boards.formed", board.id(), "", Map.of("members",
                    store.members(board.id()).stream().map(m -> m.username() + ":" + m.seat().name()).toList()));
        }
    }

    private void audit(String actor, String action, String boardId, String reason, Map<String, Object> details) {
        events.publishEvent(new AuditEvent(actor, action, "board:" + boardId, reason, details));
    }
}
