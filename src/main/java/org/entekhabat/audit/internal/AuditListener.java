package org.entekhabat.audit.internal;

import org.entekhabat.audit.AuditLog;
import org.entekhabat.platform.AuditEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every published {@link AuditEvent}, synchronously on the publisher's thread, so the
 * entry joins the publisher's transaction (if any) and a rollback removes both.
 */
@Component
class AuditListener {

    private final AuditLog log;

    AuditListener(AuditLog log) {
        this.log = log;
    }

    @EventListener
    void on(AuditEvent event) {
        log.append(event);
    }
}
