package org.entekhabat.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * The hash of an audit entry (SystemDesign: tamper-evident). SHA-256 over an unambiguous encoding:
 * the tag "entekhabat-audit-v1\n", then for each field in order (seq, recorded_at, actor, action,
 * subject, reason, details, prev_hash) its UTF-8 byte length in decimal, ':', the bytes and '\n'.
 * recorded_at is UTC with exactly six fraction digits (2026-01-17T16:30:00.000000Z); seq in decimal.
 * A pure rule: anyone can recompute it from the published rows.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    private static final byte[] TAG = "entekhabat-audit-v1\n".getBytes(StandardCharsets.UTF_8);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditChain() {}

    public static String hash(long seq, Instant recordedAt, String actor, String action, String subject, String reason,
                              String details, String prevHash) {
        MessageDigest sha = sha256();
        sha.update(TAG);
        for (String field : new String[] {Long.toString(seq), TIME.format(recordedAt), actor, action, subject, reason, details, prevHash}) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The hash the entry's own fields give (compare with its stored hash). */
    public static String hashOf(AuditEntry e) {
        return hash(e.seq(), e.recordedAt(), e.actor(), e.action(), e.subject(), e.reason(), e.details(), e.prevHash());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }
}
