package org.entekhabat.tally;

/**
 * How a marked ballot's entries are read. The defaults follow the OLD paper rule (DOMAIN §6
 * [S99][S-madde28]): entries beyond the allowed number are ignored from the end, and a name that is
 * not a candidate is skipped without voiding the ballot. Both are OLD, hence configurable.
 *
 * @param maxChoices the most candidates one ballot may name (council seats; 21 in Tehran, UNSOURCED)
 * @param unknownCode what an entry that is neither a candidate nor a list of the contest does
 */
public record BallotRules(int maxChoices, UnknownCode unknownCode) {

    public enum UnknownCode {
        /** The entry is skipped and counted; the ballot stays valid if anything valid is left (OLD rule). */
        SKIP_ENTRY,
        /** The whole ballot is invalid. */
        VOID_BALLOT
    }

    public BallotRules {
        if (maxChoices < 1) throw new IllegalArgumentException("maxChoices must be at least 1");
        java.util.Objects.requireNonNull(unknownCode, "unknownCode");
    }

    /** Up to {@code seats} choices, unknown codes skipped. */
    public static BallotRules forSeats(int seats) {
        return new BallotRules(seats, UnknownCode.SKIP_ENTRY);
    }
}
