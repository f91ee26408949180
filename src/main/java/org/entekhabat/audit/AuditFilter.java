package org.entekhabat.audit;

/**
 * Which entries to list; null or blank fields match everything.
 *
 * @param actor         exactly this actor
 * @param action        exactly this action
 * @param subjectPrefix subjects starting with this, e.g. "candidate:"
 */
public record AuditFilter(String actor, String action, String subjectPrefix) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
