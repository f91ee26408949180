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
import org.entekhabat.identity.Access;
import org.entekhabat.results.BoardMember;
import org.entekhabat.results.BoardMember.Level;
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
    private final Access access;

    BoardActions(JdbcClient jdbc, PublicationLog log, Tabulation tabulation, ResultsSettings settings,
                 ApplicationEventPublisher events, Clock clock, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.log = log;
        this.tabulation = tabulation;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /** Where a contest lies, for the jurisdiction check: its county, else its province; null when neither is an official id. */
    static org.entekhabat.identity.Jurisdiction where(String countyId, String provinceId) {
        try {
            return countyId != null && !countyId.isBlank() ? org.entekhabat.identity.Jurisdiction.county(countyId)
                    : org.entekhabat.identity.Jurisdiction.province(provinceId);
        } catch (DomainException e) {
            return null; // only the central board covers a contest outside the official divisions (drills, benchmarks)
        }
    }

    /** Refuses unless the member's board is at least {@code level} and covers the contest. */
    private void require(BoardMember member, Level level, String contestId, String actFa, String actEn) {
        if (member.level().compareTo(level) < 0) {
            throw DomainException.forbidden(actFa + " با هیات نظارت سطح «" + level.db() + "» یا بالاتر است.",
                    actEn + " needs a member of the " + level.db() + " supervisory board or above.");
        }
        var c = jdbc.sql("select county_id, province_id from result_contest where contest_id = ?").param(contestId)
                .query((rs, n) -> where(rs.getString(1), rs.getString(2))).optional();
        if (c.isEmpty()) throw DomainException.notFound("contest-unknown", "حوزهٔ «" + contestId + "» پیدا نشد.", "Contest " + contestId + " is unknown.");
        boolean covered = member.level() == Level.CENTRAL || (c.get() != null && access.covers(member.jurisdiction(), c.get()));
        if (!covered) {
            throw new DomainException(403, "forbidden-jurisdiction", "حوزهٔ «" + contestId + "» در قلمرو هیات نظارت شما («"
                    + member.jurisdiction().fa() + "») نیست.", "Contest " + contestId + " is outside your board's jurisdiction ("
                    + member.jurisdiction().en() + ").");
        }
    }

    /** The county board (or the configured level) certifies a complete result: it becomes FINAL for the current version. */
    @Transactional
    public long certify(String contestId, BoardMember member, SeatAllocator allocator, org.entekhabat.results.ContestDefinition def) {
        require(member, settings.certificationLevel(), contestId, "تأیید نتیجه", "Certifying a result");
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
            throw DomainException.conflict("tie-needs-lot", "آرای برابر باید پیش از تأیید با قرعهٔ علنی هیات روشن شود.",
                    "Equal votes must be settled by the board's public lot before certification.");
        }
        long version = log.append("certification", null, List.of(contestId), member.label(), "", "certified by " + member.name());
        jdbc.sql("insert into result_certification (contest_id, member_id, member_name, certified_at, version) values (?, ?, ?, ?, ?)")
                .params(contestId, member.username(), member.name(), Timestamp.from(clock.instant()), version).update();
        events.publishEvent(new AuditEvent(member.username(), "results.certified", "contest:" + contestId, "",
                Map.of("version", version)));
        return version;
    }

    /**
     * The public lot (قرعه) before witnesses: the seeds the witnesses typed are combined into the contest's
     * seed, SHA-256 of the seeds (each stripped) joined by newlines, and recorded once; every draw of the
     * count is then a function of it (docs/counting.md §4). An audit event and a new version record it.
     */
    @Transactional
    public long drawLot(String contestId, BoardMember member, List<String> witnessSeeds) {
        require(member, settings.certificationLevel(), contestId, "قرعه‌کشی", "Drawing the lot");
        var seeds = witnessSeeds == null ? List.<String>of() : witnessSeeds.stream().map(String::strip).filter(x -> !x.isEmpty()).toList();
        if (seeds.size() < 2) {
            throw DomainException.badInput("lot-witnesses", "دست‌کم دو گواه باید هر یک عددی یا واژه‌ای بنویسند.",
                    "At least two witnesses must each type a seed.");
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("result-lot:" + contestId).query(rs -> { });
        boolean drawn = jdbc.sql("select count(*) from result_lot where contest_id = ?").param(contestId).query(Long.class).single() > 0;
        if (drawn) throw DomainException.conflict("lot-already-drawn", "قرعهٔ این حوزه پیش‌تر کشیده شده است.", "This contest's lot is already drawn.");
        String seed = seedOf(seeds);
        long version = log.append("lot", null, List.of(contestId), member.label(), "", "lot seed " + seed + " from " + seeds.size() + " witnesses");
        jdbc.sql("""
                insert into result_lot (contest_id, seed_hex, witness_seeds, drawn_by, drawn_by_name, drawn_at, version)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(contestId, seed, String.join("\n", seeds), member.username(), member.name(), Timestamp.from(clock.instant()), version).update();
        events.publishEvent(new AuditEvent(member.username(), "results.lot-drawn", "contest:" + contestId, "",
                Map.of("seed", seed, "witnesses", seeds.size(), "version", version)));
        return version;
    }

    /** SHA-256 over the witnesses' seeds joined by "\n" (UTF-8), hex: anyone can redo it from the minutes. */
    public static String seedOf(List<String> seeds) {
        try {
            var md = java.security.MessageDigest.getInstance("SHA-256");
            return java.util.HexFormat.of().formatHex(md.digest(String.join("\n", seeds).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public record Lot(String contestId, String seedHex, List<String> witnessSeeds, String drawnBy, Instant drawnAt, long version) {}

    public java.util.Optional<Lot> lot(String contestId) {
        return jdbc.sql("select contest_id, seed_hex, witness_seeds, drawn_by_name, drawn_at, version from result_lot where contest_id = ?")
                .param(contestId).query((rs, n) -> new Lot(rs.getString(1), rs.getString(2), List.of(rs.getString(3).split("\n")),
                        rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getLong(6))).optional();
    }

    /**
     * Annuls one station's result: reason and legal ground are required; the member's board must be at
     * least the configured level and cover every contest of the station.
     * @param summary what changed, written by the caller from the tabulation before and after
     */
    @Transactional
    public long annul(String stationCode, BoardMember member, String reason, String legalGround, java.util.function.Supplier<String> summary) {
        if (reason == null || reason.isBlank() || legalGround == null || legalGround.isBlank()) {
            throw DomainException.badInput("annulment-reason-required", "دلیل و مستند قانونی ابطال الزامی است.",
                    "An annulment needs a reason and a legal ground.");
        }
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
        for (String c : contests) require(member, settings.annulmentLevel(), c, "ابطال نتیجهٔ شعبه", "Annulling a station's result");
        boolean already = jdbc.sql("select count(*) from station_annulment where station_code = ?").param(stationCode).query(Long.class).single() > 0;
        if (already) {
            throw DomainException.conflict("station-already-annulled", "نتیجهٔ این شعبه پیش‌تر باطل شده است.", "This station's result is already annulled.");
        }
        String before = summary.get();
        long version = log.append("annulment", stationCode, contests, member.label(), reason.strip(), "");
        jdbc.sql("""
                insert into station_annulment (station_code, reason, legal_ground, member_id, member_name, annulled_at, version)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(stationCode, reason.strip(), legalGround.strip(), member.username(), member.name(), Timestamp.from(clock.instant()), version).update();
        String after = summary.get();
        jdbc.sql("update result_publication_version set summary = ? where version = ?")
                .params("station " + stationCode + " annulled by " + member.name() + " (" + legalGround.strip() + "); before: " + before + "; after: " + after, version)
                .update();
        events.publishEvent(new AuditEvent(member.username(), "results.station-annulled", "station:" + stationCode, reason.strip(),
                Map.of("legalGround", legalGround.strip(), "version", version, "contests", String.join(",", contests))));
        return version;
    }

    // ---- objections (اعتراض) ----

    public record Objection(long id, String contestId, String stationCode, String candidateCode, String objectorName,
                            String text, Instant filedAt, String status, String decidedBy, String decision, Instant decidedAt) {}

    /**
     * A signed-in candidate's objection, while the contest's window is open (from its first report to
     * completion + window). The candidate's account must be of the contest (its constituency, or a county
     * covering it).
     */
    @Transactional
    public long object(String contestId, String stationCode, String candidateCode, org.entekhabat.identity.CurrentUser objector,
                       String objectorName, String text) {
        if (objector == null || objector.role() != org.entekhabat.identity.Role.CANDIDATE) {
            throw DomainException.forbidden("اعتراض به نتیجه را تنها داوطلبِ واردشده به سامانه ثبت می‌کند.",
                    "Only a signed-in candidate may object to a result.");
        }
        var where = jdbc.sql("select county_id, province_id from result_contest where contest_id = ?").param(contestId)
                .query((rs, n) -> where(rs.getString(1), rs.getString(2))).optional().orElse(null);
        boolean own = objector.jurisdiction().equals(org.entekhabat.identity.Jurisdiction.constituency(contestId.replaceAll("[^A-Za-z0-9._-]", "_")))
                || (where != null && access.covers(objector.jurisdiction(), where));
        if (!own) {
            throw new DomainException(403, "forbidden-jurisdiction", "شما داوطلب حوزهٔ «" + contestId + "» نیستید.",
                    "You are not a candidate of contest " + contestId + ".");
        }
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
                insert into result_objection (contest_id, station_code, candidate_code, objector_name, text, filed_at, filed_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(contestId, blank(stationCode) ? null : stationCode.strip(), candidateCode.strip(), objectorName.strip(), text.strip(),
                        Timestamp.from(now), objector.username()).query(Long.class).single();
        events.publishEvent(new AuditEvent(objector.username(), "results.objection-filed", "contest:" + contestId, text.strip(),
                Map.of("objection", id)));
        return id;
    }

    @Transactional
    public void decide(long objectionId, BoardMember member, boolean upheld, String decision) {
        if (blank(decision)) throw DomainException.badInput("decision-reason-required", "دلیل تصمیم الزامی است.", "A decision needs its reasons.");
        String contestId = jdbc.sql("select contest_id from result_objection where id = ?").param(objectionId).query(String.class).optional()
                .orElseThrow(() -> DomainException.notFound("objection-unknown", "اعتراض پیدا نشد.", "No such objection."));
        require(member, settings.objectionLevel(), contestId, "رسیدگی به اعتراض", "Deciding an objection");
        int n = jdbc.sql("update result_objection set status = ?, decided_by = ?, decided_by_name = ?, decision = ?, decided_at = ? where id = ? and status = 'open'")
                .params(upheld ? "upheld" : "rejected", member.username(), member.name(), decision.strip(), Timestamp.from(clock.instant()), objectionId).update();
        if (n == 0) throw DomainException.conflict("objection-not-open", "این اعتراض باز نیست.", "This objection is not open.");
        events.publishEvent(new AuditEvent(member.username(), "results.objection-decided", "objection:" + objectionId, decision.strip(),
                Map.of("upheld", upheld)));
    }

    public List<Objection> objections(String contestId) {
        String where = contestId == null ? "" : " where contest_id = ?";
        var sql = jdbc.sql("select id, contest_id, station_code, candidate_code, objector_name, text, filed_at, status, decided_by_name, decision, decided_at "
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
        return jdbc.sql("select a.station_code, a.reason, a.legal_ground, a.member_name, a.annulled_at, a.version from station_annulment a "
                        + "order by a.version")
                .query((rs, n) -> new Annulment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getLong(6))).list();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
