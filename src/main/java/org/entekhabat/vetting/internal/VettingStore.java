package org.entekhabat.vetting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.entekhabat.vetting.Authority;
import org.entekhabat.vetting.Board;
import org.entekhabat.vetting.BoardVote;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.Inquiry;
import org.entekhabat.vetting.InquiryAnswer;
import org.entekhabat.vetting.LegalGround;
import org.entekhabat.vetting.Verdict;
import org.entekhabat.vetting.VettingCase;
import org.entekhabat.vetting.VettingStage;
import org.entekhabat.vetting.VettingState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of vetting_case, vetting_inquiry and vetting_decision(_ground, _vote); rebuilds the state machine. */
@Repository
public class VettingStore {

    private final JdbcClient jdbc;

    VettingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Who the case is about: national code and constituency. */
    public record Subject(String candidate, String nationalCode, String constituencyId) {}

    public void create(Subject s, Instant now) {
        jdbc.sql("""
                insert into vetting_case (candidate, national_code, constituency_id, stage, created_at, updated_at)
                values (:c, :n, :k, 'REGISTERED', :now, :now)""")
                .param("c", s.candidate()).param("n", s.nationalCode()).param("k", s.constituencyId())
                .param("now", Timestamp.from(now)).update();
    }

    public void markImported(String candidate) {
        jdbc.sql("update vetting_case set imported = true where candidate = :c").param("c", candidate).update();
    }

    public void markWithdrawn(String candidate) {
        jdbc.sql("update vetting_case set withdrawn = true where candidate = :c").param("c", candidate).update();
    }

    public Optional<org.entekhabat.vetting.VettingSubject> subjectOf(String candidate) {
        return jdbc.sql("select candidate, national_code, constituency_id, imported, withdrawn from vetting_case where candidate = :c")
                .param("c", candidate).query((rs, n) -> new org.entekhabat.vetting.VettingSubject(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getBoolean(4), rs.getBoolean(5))).optional();
    }

    /** The recorded milestones of a case that the state machine forgets as it moves on. */
    public record Facts(org.entekhabat.vetting.Verdict initialVerdict, Instant initialPublishedAt, Instant objectionDeadline,
                        Instant objectionFiledAt, String objectionText) {}

    public Facts facts(String candidate) {
        return jdbc.sql("""
                select initial_verdict, initial_published_at, objection_deadline, objection_filed_at, objection_text
                from vetting_case where candidate = :c""").param("c", candidate)
                .query((rs, n) -> new Facts(rs.getString(1) == null ? null : Verdict.valueOf(rs.getString(1)), ts(rs, "initial_published_at"),
                        ts(rs, "objection_deadline"), ts(rs, "objection_filed_at"), rs.getString(5)))
                .optional().orElse(new Facts(null, null, null, null, null));
    }

    public List<String> casesOf(String constituencyId) {
        return jdbc.sql("select candidate from vetting_case where constituency_id = :k order by candidate")
                .param("k", constituencyId).query(String.class).list();
    }

    /** Finally approved and not withdrawn. */
    public List<String> finallyApprovedStanding(String constituencyId) {
        return jdbc.sql("""
                select candidate from vetting_case where constituency_id = :k and final_verdict = 'APPROVED' and not withdrawn
                order by candidate""").param("k", constituencyId).query(String.class).list();
    }

    public Optional<Subject> subject(String candidate) {
        return jdbc.sql("select candidate, national_code, constituency_id from vetting_case where candidate = :c")
                .param("c", candidate).query((rs, n) -> new Subject(rs.getString(1), rs.getString(2), rs.getString(3))).optional();
    }

    /** The cases of the given constituencies, by constituency then candidate. */
    public List<org.entekhabat.vetting.CaseSubject> subjectsIn(java.util.Collection<String> constituencyIds) {
        if (constituencyIds.isEmpty()) return List.of();
        return jdbc.sql("""
                select candidate, national_code, constituency_id, stage from vetting_case
                where constituency_id in (:k) order by constituency_id, candidate""")
                .param("k", List.copyOf(constituencyIds))
                .query((rs, n) -> new org.entekhabat.vetting.CaseSubject(rs.getString(1), rs.getString(2), rs.getString(3),
                        VettingStage.valueOf(rs.getString(4)))).list();
    }

    /** Loads the case, locking its row until the transaction ends. */
    public Optional<VettingCase> lock(String candidate) {
        return jdbc.sql("select * from vetting_case where candidate = :c for update").param("c", candidate)
                .query((rs, n) -> rebuild(rs, candidate)).optional();
    }

    public Optional<VettingCase> find(String candidate) {
        return jdbc.sql("select * from vetting_case where candidate = :c").param("c", candidate)
                .query((rs, n) -> rebuild(rs, candidate)).optional();
    }

    /** Writes the new state and any decision the step added. */
    public void save(VettingCase before, VettingCase after, Instant now) {
        var p = new java.util.LinkedHashMap<String, Object>();
        p.put("c", after.candidate());
        p.put("stage", after.stage().name());
        p.put("now", Timestamp.from(now));
        String set = switch (after.state()) {
            case VettingState.InquiriesPending s -> {
                p.put("a", Timestamp.from(s.sentAt()));
                p.put("b", Timestamp.from(s.deadline()));
                yield ", inquiries_sent_at = :a, inquiries_deadline = :b";
            }
            case VettingState.InitialResult s -> {
                p.put("a", s.verdict().name());
                p.put("b", Timestamp.from(s.publishedAt()));
                p.put("d", Timestamp.from(s.objectionDeadline()));
                yield ", initial_verdict = :a, initial_published_at = :b, objection_deadline = :d";
            }
            case VettingState.Objection s -> {
                p.put("a", Timestamp.from(s.filedAt()));
                p.put("b", s.text());
                yield ", objection_filed_at = :a, objection_text = :b";
            }
            case VettingState.Final s -> {
                p.put("a", s.verdict().name());
                yield ", final_verdict = :a";
            }
            default -> "";
        };
        jdbc.sql("update vetting_case set stage = :stage, updated_at = :now" + set + " where candidate = :c").params(p).update();
        for (int i = before.decisions().size(); i < after.decisions().size(); i++) {
            boolean overturned = after.state() instanceof VettingState.CountyReviewed cr && cr.overturned();
            insertDecision(after.candidate(), i + 1, after.decisions().get(i), overturned);
        }
    }

    private void insertDecision(String candidate, int seq, Decision d, boolean overturned) {
        long id = jdbc.sql("""
                insert into vetting_decision (candidate, seq, board, verdict, overturned, reason, decided_at)
                values (:c, :seq, :board, :verdict, :o, :reason, :at) returning id""")
                .param("c", candidate).param("seq", seq).param("board", d.board().name()).param("verdict", d.verdict().name())
                .param("o", overturned).param("reason", d.reason()).param("at", Timestamp.from(d.decidedAt()))
                .query(Long.class).single();
        for (LegalGround g : d.grounds()) {
            jdbc.sql("insert into vetting_decision_ground (decision_id, ground_code) values (:id, :g)")
                    .param("id", id).param("g", g.code()).update();
        }
        for (String m : d.vote().present()) {
            jdbc.sql("insert into vetting_decision_vote (decision_id, member_id, in_favour) values (:id, :m, :f)")
                    .param("id", id).param("m", m).param("f", d.vote().inFavour().contains(m)).update();
        }
    }

    public void insertInquiries(List<Inquiry> inquiries) {
        for (Inquiry i : inquiries) {
            jdbc.sql("""
                    insert into vetting_inquiry (candidate, authority, sent_at, deadline)
                    values (:c, :a, :s, :d)""")
                    .param("c", i.candidate()).param("a", i.authority().name()).param("s", Timestamp.from(i.sentAt()))
                    .param("d", Timestamp.from(i.deadline())).update();
        }
    }

    public void recordAnswer(Inquiry i, InquiryAnswer a) {
        jdbc.sql("""
                update vetting_inquiry set answered_at = :at, finding = :f, answer_text = :t
                where candidate = :c and authority = :a and answered_at is null""")
                .param("at", Timestamp.from(a.answeredAt())).param("f", a.finding()).param("t", a.text())
                .param("c", i.candidate()).param("a", i.authority().name()).update();
    }

    public List<Inquiry> inquiries(String candidate) {
        return jdbc.sql("""
                select i.*, c.national_code from vetting_inquiry i join vetting_case c using (candidate)
                where candidate = :c order by authority""").param("c", candidate)
                .query((rs, n) -> {
                    Timestamp answered = rs.getTimestamp("answered_at");
                    InquiryAnswer a = answered == null ? null
                            : new InquiryAnswer(answered.toInstant(), rs.getBoolean("finding"), rs.getString("answer_text"));
                    return new Inquiry(candidate, rs.getString("national_code"), Authority.valueOf(rs.getString("authority")),
                            rs.getTimestamp("sent_at").toInstant(), rs.getTimestamp("deadline").toInstant(), a);
                }).list();
    }

    public List<String> finallyApproved(String constituencyId) {
        return jdbc.sql("select candidate from vetting_case where constituency_id = :k and final_verdict = 'APPROVED' order by candidate")
                .param("k", constituencyId).query(String.class).list();
    }

    /** Cases still open (a withdrawn candidate's case need not finish). */
    public long notFinal(String constituencyId) {
        return jdbc.sql("select count(*) from vetting_case where constituency_id = :k and stage <> 'FINAL' and not withdrawn")
                .param("k", constituencyId).query(Long.class).single();
    }

    private List<Decision> decisions(String candidate) {
        var rows = jdbc.sql("select id, board, verdict, reason, decided_at from vetting_decision where candidate = :c order by seq")
                .param("c", candidate).query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getTimestamp(5).toInstant()}).list();
        var out = new ArrayList<Decision>();
        for (Object[] r : rows) {
            long id = (Long) r[0];
            var grounds = jdbc.sql("select ground_code from vetting_decision_ground where decision_id = :id order by ground_code")
                    .param("id", id).query(String.class).list().stream().map(c -> LegalGround.byCode(c).orElseThrow()).toList();
            var present = new HashSet<String>();
            var favour = new HashSet<String>();
            jdbc.sql("select member_id, in_favour from vetting_decision_vote where decision_id = :id").param("id", id)
                    .query((rs, n) -> {
                        present.add(rs.getString(1));
                        if (rs.getBoolean(2)) favour.add(rs.getString(1));
                        return null;
                    }).list();
            out.add(new Decision(Board.valueOf((String) r[1]), Verdict.valueOf((String) r[2]), grounds, (String) r[3],
                    new BoardVote(present, favour), (Instant) r[4]));
        }
        return out;
    }

    private VettingCase rebuild(ResultSet rs, String candidate) throws SQLException {
        var decisions = decisions(candidate);
        Decision last = decisions.isEmpty() ? null : decisions.getLast();
        VettingState state = switch (VettingStage.valueOf(rs.getString("stage"))) {
            case REGISTERED -> new VettingState.Registered();
            case INQUIRIES_PENDING -> new VettingState.InquiriesPending(ts(rs, "inquiries_sent_at"), ts(rs, "inquiries_deadline"));
            case EXECUTIVE_DECIDED -> new VettingState.ExecutiveDecided(last);
            case COUNTY_SUPERVISORY -> new VettingState.CountyReviewed(last, decisions.size() >= 2
                    && decisions.get(decisions.size() - 2).verdict() != last.verdict());
            case INITIAL_RESULT -> new VettingState.InitialResult(Verdict.valueOf(rs.getString("initial_verdict")),
                    ts(rs, "initial_published_at"), ts(rs, "objection_deadline"));
            case OBJECTION -> new VettingState.Objection(ts(rs, "objection_filed_at"), rs.getString("objection_text"));
            case PROVINCIAL_DECIDED -> new VettingState.ProvincialDecided(last);
            case FINAL -> new VettingState.Final(Verdict.valueOf(rs.getString("final_verdict")));
        };
        return new VettingCase(candidate, state, decisions);
    }

    private static Instant ts(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
