package org.entekhabat.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.entekhabat.platform.AuditEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The append-only, hash-chained audit log. Appends are serialised by locking the one-row head
 * (so the chain stays linear under concurrency) and join the caller's transaction, so an entry
 * commits or rolls back with the change it records.
 */
@Service
public class AuditLog {

    private static final int BATCH = 5_000;
    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional
    public AuditEntry append(AuditEvent event) {
        var head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
        long seq = head.seq() + 1;
        // PostgreSQL keeps microseconds: hash exactly what will be read back
        var at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String details = CanonicalJson.write(event.details());
        String hash = AuditChain.hash(seq, at, event.actor(), event.action(), event.subject(), event.reason(), details, head.hash());
        var entry = new AuditEntry(seq, at, event.actor(), event.action(), event.subject(), event.reason(), details, head.hash(), hash);
        jdbc.sql("""
                insert into audit_entry (seq, recorded_at, actor, action, subject, reason, details, prev_hash, hash)
                values (:seq, :at, :actor, :action, :subject, :reason, :details, :prev, :hash)""")
                .param("seq", seq).param("at", at.atOffset(ZoneOffset.UTC)).param("actor", entry.actor())
                .param("action", entry.action()).param("subject", entry.subject()).param("reason", entry.reason())
                .param("details", details).param("prev", entry.prevHash()).param("hash", hash)
                .update();
        jdbc.sql("update audit_head set seq = :seq, hash = :hash where id = 1").param("seq", seq).param("hash", hash).update();
        return entry;
    }

    /** Re-checks every link and hash in one consistent snapshot; names the first broken entry. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Verification verify() {
        var head = jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
        var verifier = new ChainVerifier(head.seq(), head.hash());
        long after = Long.MIN_VALUE;
        while (true) {
            List<AuditEntry> batch = jdbc.sql("select * from audit_entry where seq > :after order by seq limit :n")
                    .param("after", after).param("n", BATCH).query(AuditLog::entry).list();
            for (var e : batch) {
                if (!verifier.accept(e)) return verifier.finish();
            }
            if (batch.size() < BATCH) return verifier.finish();
            after = batch.getLast().seq();
        }
    }

    /** A page of entries matching the filter, newest first (page from 0). */
    @Transactional(readOnly = true)
    public AuditPage entries(AuditFilter filter, int page, int size) {
        if (page < 0) page = 0;
        if (size < 1 || size > 1_000) size = 50;
        var where = new StringBuilder(" where true");
        var params = new java.util.HashMap<String, Object>();
        String actor = AuditFilter.blankToNull(filter.actor()), action = AuditFilter.blankToNull(filter.action()),
                subject = AuditFilter.blankToNull(filter.subjectPrefix());
        if (actor != null) { where.append(" and actor = :actor"); params.put("actor", actor); }
        if (action != null) { where.append(" and action = :action"); params.put("action", action); }
        if (subject != null) { where.append(" and subject like :subject"); params.put("subject", likePrefix(subject)); }
        long total = jdbc.sql("select count(*) from audit_entry" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        var list = jdbc.sql("select * from audit_entry" + where + " order by seq desc limit :limit offset :offset")
                .params(params).query(AuditLog::entry).list();
        return new AuditPage(new ArrayList<>(list), page, size, total);
    }

    /** The newest entries, newest first. */
    public List<AuditEntry> latest(int limit) {
        return entries(AuditFilter.all(), 0, limit).entries();
    }

    private static String likePrefix(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("reason"), rs.getString("details"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long seq, String hash) {}
}
