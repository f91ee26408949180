package org.entekhabat.audit;

/**
 * Walks the entries in seq order and stops at the first broken link. A pure rule; the verifier
 * command and the server use the same one.
 */
public final class ChainVerifier {

    private final long headSeq;
    private final String headHash;
    private long expected = 1;
    private String previousHash = AuditChain.GENESIS;
    private long count;
    private Verification.Break broken;

    /** @param headSeq and headHash the head recorded with the log (read in the same snapshot as the entries) */
    public ChainVerifier(long headSeq, String headHash) {
        this.headSeq = headSeq;
        this.headHash = headHash;
    }

    /** Checks the next entry; false once a break was found (later entries are not needed). */
    public boolean accept(AuditEntry e) {
        if (broken != null) return false;
        count++;
        if (e.seq() < expected) {
            return fail(e.seq(), Verification.Kind.INSERTED, "entry " + e.seq() + " lies before the first entry of the chain");
        }
        if (e.seq() > headSeq) {
            return fail(e.seq(), Verification.Kind.INSERTED, "entry " + e.seq() + " lies beyond the chain head " + headSeq + ": it was not appended by the log");
        }
        if (e.seq() > expected) {
            return fail(expected, Verification.Kind.DELETED, (e.seq() - expected == 1 ? "entry " + expected + " is" : "entries " + expected + ".." + (e.seq() - 1) + " are") + " missing: deleted");
        }
        if (!AuditChain.hashOf(e).equals(e.hash())) {
            return fail(e.seq(), Verification.Kind.ALTERED, "entry " + e.seq() + " does not match its hash: a stored field was changed");
        }
        if (!e.prevHash().equals(previousHash)) {
            return fail(e.seq(), Verification.Kind.LINK_BROKEN, "entry " + e.seq() + " does not link to entry " + (e.seq() - 1) + ": replaced or inserted");
        }
        previousHash = e.hash();
        expected++;
        return true;
    }

    public Verification finish() {
        if (broken == null && expected - 1 < headSeq) {
            fail(expected, Verification.Kind.DELETED, "entries " + expected + ".." + headSeq + " are missing from the end: deleted");
        }
        if (broken == null && !previousHash.equals(headHash)) {
            fail(headSeq, Verification.Kind.HEAD_MISMATCH, "the chain head's hash does not match entry " + headSeq);
        }
        return new Verification(count, headSeq, headHash, broken);
    }

    private boolean fail(long seq, Verification.Kind kind, String message) {
        broken = new Verification.Break(seq, kind, message);
        return false;
    }
}
