package org.entekhabat.platform;

import java.util.Map;

/**
 * A state change that matters, published by any module with Spring's
 * {@code ApplicationEventPublisher}. The audit module appends it to the hash-chained log
 * synchronously, inside the publisher's transaction: the change and its audit entry commit together.
 *
 * @param actor   who did it (username, device id, or "system")
 * @param action  stable verb, e.g. "candidacy.registered", "vetting.decided"
 * @param subject what it was done to, e.g. "candidate:CND-000123"
 * @param reason  why, in words people read (may be empty)
 * @param details the facts of the change (Latin digits, ISO dates)
 */
public record AuditEvent(String actor, String action, String subject, String reason, Map<String, Object> details) {

    public AuditEvent {
        if (actor == null || actor.isBlank()) throw new IllegalArgumentException("audit event needs an actor");
        if (action == null || action.isBlank()) throw new IllegalArgumentException("audit event needs an action");
        subject = subject == null ? "" : subject;
        reason = reason == null ? "" : reason;
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
