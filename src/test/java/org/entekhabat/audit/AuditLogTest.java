package org.entekhabat.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.entekhabat.DatabaseTest;
import org.entekhabat.platform.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The chain on real PostgreSQL. Tampering runs inside a transaction that is rolled back, with the
 * append-only trigger disabled as an owner (or superuser) could: the shared database stays intact.
 */
@DatabaseTest
class AuditLogTest {

    @Autowired AuditLog log;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationEventPublisher events;

    static String unique() {
        return "test:" + UUID.randomUUID();
    }

    AuditEvent event(String subject) {
        return new AuditEvent("tester", "test.appended", subject, "because", Map.of("n", 1, "b", List.of("x", "ی"), "a", "z"));
    }

    @Test
    void appendsAndVerifies() {
        String subject = unique();
        var e = log.append(event(subject));
        assertThat(e.details()).isEqualTo("{\"a\":\"z\",\"b\":[\"x\",\"ی\"],\"n\":1}");
        assertThat(e.hash()).hasSize(64).isEqualTo(AuditChain.hashOf(e));
        var second = log.append(event(subject));
        assertThat(second.seq()).isEqualTo(e.seq() + 1);
        assertThat(second.prevHash()).isEqualTo(e.hash());
        var v = log.verify();
        assertThat(v.intact()).as("%s", v.broken()).isTrue();
        assertThat(v.headSeq()).isGreaterThanOrEqualTo(second.seq());
        assertThat(log.entries(new AuditFilter(null, null, subject), 0, 10).entries()).extracting(AuditEntry::seq)
                .containsExactly(second.seq(), e.seq());
    }

    @Test
    void theTriggerRefusesUpdateDeleteAndTruncate() {
        var e = log.append(event(unique()));
        assertThatThrownBy(() -> jdbc.sql("update audit_entry set reason = 'x' where seq = :s").param("s", e.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where seq = :s").param("s", e.seq()).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_entry").update()).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("update audit_head set seq = 0").update()).rootCause().hasMessageContaining("forward");
    }

    @Test
    void anAlteredFieldIsNamedBySeq() {
        var e = log.append(event(unique()));
        log.append(event(unique()));
        var v = tampered("update audit_entry set reason = 'forged' where seq = " + e.seq());
        assertThat(v.broken().seq()).isEqualTo(e.seq());
        assertThat(v.broken().kind()).isEqualTo(Verification.Kind.ALTERED);
        var d = tampered("update audit_entry set details = '{\"a\":\"y\"}' where seq = " + e.seq());
        assertThat(d.broken()).extracting(Verification.Break::seq, Verification.Break::kind).containsExactly(e.seq(), Verification.Kind.ALTERED);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aDeletedEntryIsAGap() {
        var e = log.append(event(unique()));
        log.append(event(unique()));
        var v = tampered("delete from audit_entry where seq = " + e.seq());
        assertThat(v.broken().seq()).isEqualTo(e.seq());
        assertThat(v.broken().kind()).isEqualTo(Verification.Kind.DELETED);
        assertThat(v.broken().message()).contains("missing");
    }

    @Test
    void aCutTailIsFound() {
        var last = log.append(event(unique()));
        var v = tampered("delete from audit_entry where seq = " + last.seq());
        assertThat(v.broken()).extracting(Verification.Break::seq, Verification.Break::kind).containsExactly(last.seq(), Verification.Kind.DELETED);
    }

    @Test
    void aForgedEntryIsFoundEvenWithAValidHash() {
        var last = log.append(event(unique()));
        long seq = last.seq() + 1;
        var at = last.recordedAt();
        String hash = AuditChain.hash(seq, at, "intruder", "vetting.decided", "candidate:1", "", "{}", last.hash());
        var v = tampered("insert into audit_entry values (" + seq + ", '" + at + "', 'intruder', 'vetting.decided', 'candidate:1', '', '{}', '"
                + last.hash() + "', '" + hash + "')");
        assertThat(v.broken()).extracting(Verification.Break::seq, Verification.Break::kind).containsExactly(seq, Verification.Kind.INSERTED);
        var replaced = tampered("delete from audit_entry where seq = " + last.seq(),
                "insert into audit_entry values (" + last.seq() + ", '" + at + "', 'intruder', 'x', 'y', '', '{}', '" + "1".repeat(64) + "', '"
                        + AuditChain.hash(last.seq(), at, "intruder", "x", "y", "", "{}", "1".repeat(64)) + "')");
        assertThat(replaced.broken()).extracting(Verification.Break::seq, Verification.Break::kind)
                .containsExactly(last.seq(), Verification.Kind.LINK_BROKEN);
    }

    @Test
    void concurrentAppendsFormOneLinearChain() throws Exception {
        String subject = unique();
        int threads = 8, each = 25;
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var tasks = new ArrayList<Callable<List<Long>>>();
            for (int t = 0; t < threads; t++) {
                tasks.add(() -> {
                    var seqs = new ArrayList<Long>();
                    for (int i = 0; i < each; i++) seqs.add(log.append(event(subject)).seq());
                    return seqs;
                });
            }
            var all = new ArrayList<Long>();
            for (var f : pool.invokeAll(tasks)) all.addAll(f.get());
            assertThat(all).hasSize(threads * each).doesNotHaveDuplicates();
            var v = log.verify();
            assertThat(v.intact()).as("%s", v.broken()).isTrue();
            var stored = log.entries(new AuditFilter(null, null, subject), 0, 1_000).entries();
            assertThat(stored).hasSize(threads * each);
            Collections.sort(all);
            assertThat(all.getLast() - all.getFirst()).isGreaterThanOrEqualTo(threads * each - 1);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anEventJoinsThePublishersTransaction() {
        String rolledBack = unique(), committed = unique();
        tx.executeWithoutResult(status -> {
            events.publishEvent(event(rolledBack));
            // appended just before the commit (the head is locked only then), so not yet here
            assertThat(count(rolledBack)).isZero();
            status.setRollbackOnly();
        });
        assertThat(count(rolledBack)).isZero();
        tx.executeWithoutResult(status -> events.publishEvent(event(committed)));
        assertThat(count(committed)).isEqualTo(1);
        events.publishEvent(event(committed));
        assertThat(count(committed)).isEqualTo(2);
        assertThat(log.verify().intact()).isTrue();
    }

    long count(String subject) {
        return jdbc.sql("select count(*) from audit_entry where subject = :s").param("s", subject).query(Long.class).single();
    }

    /** Tampers as someone who bypasses the trigger, verifies, and rolls everything back. */
    Verification tampered(String... statements) {
        var result = new Verification[1];
        tx.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
            for (String sql : statements) jdbc.sql(sql).update();
            result[0] = log.verify();
            status.setRollbackOnly();
        });
        assertThat(result[0].intact()).isFalse();
        return result[0];
    }
}
