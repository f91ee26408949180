package org.entekhabat.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.results.ContestResult;
import org.entekhabat.results.SeatAllocator;
import org.entekhabat.results.internal.ResultsSettings.BoardLevel;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What supervisory boards (هیات نظارت) do to a published result: certify a contest (county board),
 * decide candidates' objections, annul one station's result (the configured level; OLD: central board),
 * which re-tabulates and publishes a new version naming the change. Each is an audit event.
 */
@Service
public class BoardActions {

    private final JdbcClient jdbc;
    private final PublicationLog log;
    private final Tabulation tabulation;
    private final ResultsSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    BoardActions(JdbcClient jdbc, PublicationLog log, Tabulation tabulation, ResultsSettings settings,
                 ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.log = log;
        this.tabulation = tabulation;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public record Member(String id, String name, BoardLevel level, String jurisdiction, String title) {}

    public Member member(String memberId) {
        return jdbc.sql("select member_id, name, board_level, jurisdiction, role_title from result_board_member where member_id = ?")
                .param(memberId == null ? "" : memberId)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), BoardLevel.of(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .optional().orElseThrow(() -> DomainException.badInput("board-member-unknown",
                        "عضو هیات نظارت «" + memberId + "» شناخته نیست.", "Supervisory board member \"" + memberId + "\" is unknown."));
    }

    public List<Member> members() {
        return jdbc.sql("select member_id, name, board_level, jurisdiction, role_title from result_board_member order by board_level, member_id")
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), BoardLevel.of(rs.getString(3)), rs.getString(4), rs.getString(5)))
                .list();
    }

    /** The county board certifies a complete result: it becomes FINAL for the current version. */
    @Transactional
    public long certify(String contestId, String memberId, SeatAllocator allocator, org.entekhabat.results.ContestDefinition def) {
        var member = member(memberId);
        if (member.level() != BoardLevel.COUNTY || !member.jurisdiction().equals(def.countyId())) {
            throw DomainException.forbidden("تأیید نتیجه با هیات نظارت همان شهرستان است.",
                    "Only the contest's county supervisory board certifies its result.");
        }
        var row = tabulation.contestRows("contest:" + contestId).stream().filter(r -> r.contestId().equals(contestId)).findFirst().orElseThrow();
        if (row.status() == ContestResult.Status.PROVISIONAL) {
            throw DomainException.conflict("results-incomplete", "هنوز گزارش همهٔ شعب نرسیده است؛ نتیجه قابل تأیید نیست.",
                    "Not every station has reported; the result cannot be certified yet.");
        }
        if (row.status() == ContestResult.Status.FINAL) {
            throw DomainException.conflict("results-already-certified", "این نتیجه پیش‌تر تأیید شده است.", "This result is already certified.");
        }
        long open = jdbc.sql("select count(*) from result_objection where contest_id = ? and status = 'open'").param(contestId).query(Long.class).single();
        if (open > 0) {
            throw DomainException.conflict("objections-open", "پیش از تأیید باید به " + open + " اعتراض رسیدگی شود.",
                    open + " objection(s) must be decided before certification.");
        }
        if (allocator.allocate(tabulation.totals(contestId), def).needsLot()) {
            throw DomainException.conflict("tie-needs-lot", "آرای برابر باید پیش از تأیید با قرعه روشن شود.",
                    "Equal votes must be settled by lot before certification.");
        }
        long version = log.append("certification", null, List.of(contestId), member.name() + " [member:" + member.id() + "]", "",
                "certified by " + member.name());
        jdbc.sql("insert into result_certification (contest_id, member_id, certified_at, version) values (?, ?, ?, ?)")
                .params(contestId, member.id(), Timestamp.from(clock.instant()), version).update();
        events.publishEvent(new AuditEvent("member:" + member.id(), "results.certified", "contest:" + contestId, "",
                Map.of("version", version)));
        return version;
    }

    /**
     * Annuls one station's result: reason and legal ground are required; the member's board must be at
     * least the configured level and, below central, cover the station's contests.
     * @param summary what changed, written by the caller from the tabulation before and after
     */
    @Transactional
    public long annul(String stationCode, String memberId, String reason, String legalGround, java.util.function.Supplier<String> summary) {
        if (reason == null || reason.isBlank() || legalGround == null || legalGround.isBlank()) {
            throw DomainException.badInput("annulment-reason-required", "دلیل و مستند قانونی ابطال الزامی است.",
                    "An annulment needs a reason and a legal ground.");
        }
        var member = member(memberId);
        if (member.level().compareTo(settings.annulmentLevel()) < 0) {
            throw DomainException.forbidden("ابطال نتیجهٔ شعبه با هیات نظارت سطح «" + settings.annulmentLevel().db() + "» است.",
                    "Annulling a station's result needs a member of the " + settings.annulmentLevel().db() + " supervisory board.");
        }
        var contests = jdbc.sql("select contest_id from station_contest_total where station_code = ? order by contest_id")
                .param(stationCode).query(String.class).list();
        if (contests.isEmpty()) {
            throw DomainException.notFound("station-report-missing", "از شعبهٔ " + stationCode + " گزارشی نرسیده است.",
                    "Station " + stationCode + " has no report to annul.");
        }
        checkJurisdiction(member, contests);
        boolean already = jdbc.sql("select count(*) from station_annulment where station_code = ?").param(stationCode).query(Long.class).single() > 0;
        if (already) {
            throw DomainException.conflict("station-already-annulled", "نتیجهٔ این شعبه پیش‌تر باطل شده است.", "This station's result is already annulled.");
        }
        String before = summary.get();
        long version = log.append("annulment", stationCode, contests, member.name() + " [member:" + member.id() + "]", reason.strip(), "");
        jdbc.sql("insert into station_annulment (station_code, reason, legal_ground, member_id, annulled_at, version) values (?, ?, ?, ?, ?, ?)")
                .params(stationCode, reason.strip(), legalGround.strip(), member.id(), Timestamp.from(clock.instant()), version).update();
        String after = summary.get();
        jdbc.sql("update result_publication_version set summary = ? where version = ?")
                .params("station " + stationCode + " annulled by " + member.name() + " (" + legalGround.strip() + "); before: " + before + "; after: " + after, version)
                .update();
        events.publishEvent(new AuditEvent("member:" + member.id(), "results.station-annulled", "station:" + stationCode, reason.strip(),
                Map.of("legalGround", legalGround.strip(), "version", version, "contests", String.join(",", contests))));
        return version;
    }

    private void checkJurisdiction(Member member, List<String> contests) {
        if (member.level() == BoardLevel.CENTRAL) return;
        String column = member.level() == BoardLevel.COUNTY ? "county_id" : "province_id";
        long outside = jdbc.sql("select count(*) from result_contest where contest_id in (:ids) and " + column + " <> :j")
                .param("ids", contests).param("j", member.jurisdiction()).query(Long.class).single();
        if (outside > 0) {
            throw DomainException.forbidden("این شعبه در حوزهٔ این هیات نیست.", "This station is outside the board's jurisdiction.");
        }
    }

    // ---- objections (اعتراض) ----

    public record Objection(long id, String contestId, String stationCode, String candidateCode, String objectorName,
                            String text, Instant filedAt, String status, String decidedBy, String decision, Instant decidedAt) {}

    /** A candidate's objection, while the contest's window is open (from its first report to completion + window). */
    @Transactional
    public long object(String contestId, String stationCode, String candidateCode, String objectorName, String text) {
        if (blank(candidateCode) || blank(objectorName) || blank(text)) {
            throw DomainException.badInput("objection-incomplete", "کد داوطلب، نام و متن اعتراض الزامی است.",
                    "Candidate code, name and the objection's text are required.");
        }
        var window = jdbc.sql("""
                select min(r.received_at), max(r.received_at), count(r.station_code) = count(*)
                from result_expected_station e left join station_report r on r.station_code = e.station_code
                where e.contest_id = ?""").param(contestId)
                .query((rs, n) -> new Object[] {rs.getTimestamp(1), rs.getTimestamp(2), rs.getBoolean(3)}).single();
        Instant now = clock.instant();
        if (window[0] == null) {
            throw DomainException.conflict("objection-window-not-open", "هنوز نتیجه‌ای برای این حوزه منتشر نشده است.",
                    "No result has been published for this contest yet.");
        }
        if ((Boolean) window[2] && now.isAfter(((Timestamp) window[1]).toInstant().plus(settings.objectionWindow()))) {
            throw DomainException.conflict("objection-window-closed", "مهلت اعتراض به نتیجهٔ این حوزه گذشته است.",
                    "The objection window for this contest has closed.");
        }
        long id = jdbc.sql("""
                insert into result_objection (contest_id, station_code, candidate_code, objector_name, text, filed_at)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(contestId, blank(stationCode) ? null : stationCode.strip(), candidateCode.strip(), objectorName.strip(), text.strip(),
                        Timestamp.from(now)).query(Long.class).single();
        events.publishEvent(new AuditEvent("candidate:" + candidateCode.strip(), "results.objection-filed", "contest:" + contestId, text.strip(),
                Map.of("objection", id)));
        return id;
    }

    @Transactional
    public void decide(long objectionId, String memberId, boolean upheld, String decision) {
        if (blank(decision)) throw DomainException.badInput("decision-reason-required", "دلیل تصمیم الزامی است.", "A decision needs its reasons.");
        var member = member(memberId);
        int n = jdbc.sql("update result_objection set status = ?, decided_by = ?, decision = ?, decided_at = ? where id = ? and status = 'open'")
                .params(upheld ? "upheld" : "rejected", member.id(), decision.strip(), Timestamp.from(clock.instant()), objectionId).update();
        if (n == 0) throw DomainException.conflict("objection-not-open", "این اعتراض باز نیست.", "This objection is not open.");
        events.publishEvent(new AuditEvent("member:" + member.id(), "results.objection-decided", "objection:" + objectionId, decision.strip(),
                Map.of("upheld", upheld)));
    }

    public List<Objection> objections(String contestId) {
        String where = contestId == null ? "" : " where contest_id = ?";
        var sql = jdbc.sql("select id, contest_id, station_code, candidate_code, objector_name, text, filed_at, status, decided_by, decision, decided_at "
                + "from result_objection" + where + " order by id desc");
        if (contestId != null) sql = sql.param(contestId);
        return sql.query((rs, n) -> new Objection(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getTimestamp(7).toInstant(), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant())).list();
    }

    public record Conflict(long id, String stationCode, String acceptedHash, String offeredHash, Instant receivedAt) {}

    public List<Conflict> conflicts() {
        return jdbc.sql("select id, station_code, accepted_hash, offered_hash, received_at from report_conflict order by id desc limit 500")
                .query((rs, n) -> new Conflict(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant()))
                .list();
    }

    public record Annulment(String stationCode, String reason, String legalGround, String memberName, Instant annulledAt, long version) {}

    public List<Annulment> annulments() {
        return jdbc.sql("select a.station_code, a.reason, a.legal_ground, m.name, a.annulled_at, a.version from station_annulment a "
                        + "join result_board_member m using (member_id) order by a.version")
                .query((rs, n) -> new Annulment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6))).list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
