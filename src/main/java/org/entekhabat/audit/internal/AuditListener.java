package org.entekhabat.audit.internal;

import org.entekhabat.audit.AuditLog;
import org.entekhabat.platform.AuditEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Appends every published {@link AuditEvent} inside the publisher's transaction, just before it
 * commits: a rollback removes both the change and its entry, and the chain's head is locked only for
 * the moment of the commit, not for the whole transaction (every audited write queues on that lock).
 * Without a transaction the event is appended at once.
 */
@Component
class AuditListener {

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AuditEvent event) {
        log.append(event);
    }
}
