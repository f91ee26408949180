package org.entekhabat.vetting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.entekhabat.vetting.Authority;
import org.entekhabat.vetting.Inquiry;
import org.entekhabat.vetting.InquiryAnswer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of inquiry_reminder, and the inquiries the reminder job and the county board read in one query each. */
@Repository
public class ReminderStore {

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An inquiry with its constituency and the kinds of reminder already sent for it. */
    public record Row(Inquiry inquiry, String constituencyId, List<String> sentKinds) {}

    private static final String SELECT = """
            select i.candidate, i.authority, i.sent_at, i.deadline, i.answered_at, i.finding, i.answer_text,
                   c.national_code, c.constituency_id,
                   coalesce((select array_agg(r.kind order by r.sent_at) from inquiry_reminder r
                             where r.candidate = i.candidate and r.authority = i.authority), '{}') as kinds
            from vetting_inquiry i join vetting_case c on c.candidate = i.candidate
            """;

    /** Unanswered inquiries of open cases (not withdrawn, still waiting for the inquiries). */
    public List<Row> unanswered() {
        return jdbc.sql(SELECT + """
                where i.answered_at is null and c.stage = 'INQUIRIES_PENDING' and not c.withdrawn
                order by i.deadline, i.candidate, i.authority""").query(ReminderStore::row).list();
    }

    /** Every inquiry of the cases (not withdrawn) in these constituencies. */
    public List<Row> inConstituencies(Collection<String> constituencyIds) {
        if (constituencyIds.isEmpty()) return List.of();
        return jdbc.sql(SELECT + """
                where c.constituency_id in (:k) and not c.withdrawn
                order by i.deadline, i.candidate, i.authority""")
                .param("k", List.copyOf(constituencyIds)).query(ReminderStore::row).list();
    }

    /** Records a reminder; false if this one was already recorded (then it must not be sent again). */
    public boolean record(Inquiry i, String kind, Instant at, String actor) {
        return jdbc.sql("""
                insert into inquiry_reminder (candidate, authority, kind, sent_at, sent_by) values (:c, :a, :k, :at, :by)
                on conflict do nothing""")
                .param("c", i.candidate()).param("a", i.authority().name()).param("k", kind)
                .param("at", Timestamp.from(at)).param("by", actor).update() == 1;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        Timestamp answered = rs.getTimestamp("answered_at");
        InquiryAnswer a = answered == null ? null
                : new InquiryAnswer(answered.toInstant(), rs.getBoolean("finding"), rs.getString("answer_text"));
        var inquiry = new Inquiry(rs.getString("candidate"), rs.getString("national_code"),
                Authority.valueOf(rs.getString("authority")), rs.getTimestamp("sent_at").toInstant(),
                rs.getTimestamp("deadline").toInstant(), a);
        String[] kinds = (String[]) rs.getArray("kinds").getArray();
        return new Row(inquiry, rs.getString("constituency_id"), List.of(kinds));
    }
}
