package org.entekhabat.audit;

/**
 * The outcome of re-checking the whole chain.
 *
 * @param entries  how many entries were checked
 * @param headSeq  the chain head's seq (publish it with headHash to anchor the log)
 * @param headHash the chain head's hash
 * @param broken   the first broken link, or null when the chain is intact
 */
public record Verification(long entries, long headSeq, String headHash, Break broken) {

    /** What is wrong at the first broken link. */
    public enum Kind {
        /** the entry's stored fields do not give its stored hash */
        ALTERED,
        /** the entry does not point at the hash of the entry before it */
        LINK_BROKEN,
        /** one or more entries are missing */
        DELETED,
        /** an entry that the log never appended */
        INSERTED,
        /** the head does not match the last entry */
        HEAD_MISMATCH
    }

    /** The first broken link: at which seq, what kind, in words. */
    public record Break(long seq, Kind kind, String message) {}

    public boolean intact() {
        return broken == null;
    }
}
