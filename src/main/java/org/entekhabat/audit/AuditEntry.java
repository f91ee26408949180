package org.entekhabat.audit;

import java.time.Instant;

/**
 * One link of the audit chain.
 *
 * @param seq        position, 1, 2, 3… with no gaps
 * @param recordedAt when it was appended (microseconds, as PostgreSQL keeps it)
 * @param actor      who did it
 * @param action     stable verb, e.g. "schedule.extended"
 * @param subject    what it was done to
 * @param reason     why (may be empty)
 * @param details    canonical JSON of the facts (sorted keys): the exact text hashed
 * @param prevHash   hash of entry seq-1 (64 zeros for the first)
 * @param hash       SHA-256 of this entry, see {@link AuditChain#hash}
 */
public record AuditEntry(long seq, Instant recordedAt, String actor, String action, String subject, String reason,
                         String details, String prevHash, String hash) {}
