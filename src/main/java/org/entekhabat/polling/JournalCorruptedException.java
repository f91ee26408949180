package org.entekhabat.polling;

/**
 * The journal fails verification in a way a crash cannot explain (a changed, removed or inserted
 * record, a bad signature): names the record by sequence number and byte offset. A node that
 * gets this refuses to continue; people, not code, decide what happens next.
 */
public class JournalCorruptedException extends RuntimeException {

    private final long seq;
    private final long offset;
    private final String reason;

    public JournalCorruptedException(long seq, long offset, String reason) {
        super("journal record #" + seq + " at byte offset " + offset + " fails verification: " + reason);
        this.seq = seq;
        this.offset = offset;
        this.reason = reason;
    }

    /** Sequence number the bad record has, or should have had. */
    public long seq() { return seq; }

    public long offset() { return offset; }

    public String reason() { return reason; }
}
