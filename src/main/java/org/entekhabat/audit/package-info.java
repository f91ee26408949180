/**
 * The audit log: every state change that matters, append-only and hash-chained, so a change,
 * deletion or insertion is detected. Modules write by publishing
 * {@link org.entekhabat.platform.AuditEvent}; the entry commits with the change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package org.entekhabat.audit;
