package org.entekhabat.boards;

/**
 * How many voting members must be present for a board to vote. No source gives the number, so it is
 * configurable (DOMAIN §9): {@code majority} (the default: more than half the voting members) or a fixed
 * number. A motion then passes with a majority of those present.
 *
 * @param fixed a fixed minimum, or 0 for a majority of the voting members
 */
public record QuorumRule(int fixed) {

    public QuorumRule {
        if (fixed < 0) throw new IllegalArgumentException("negative quorum");
    }

    public static QuorumRule majority() {
        return new QuorumRule(0);
    }

    /** Reads {@code majority} or a number. */
    public static QuorumRule parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() || t.equalsIgnoreCase("majority") ? majority() : new QuorumRule(Integer.parseInt(t));
    }

    /** Members required present on a board of {@code votingMembers}. */
    public int required(int votingMembers) {
        return fixed > 0 ? fixed : votingMembers / 2 + 1;
    }

    @Override
    public String toString() {
        return fixed > 0 ? Integer.toString(fixed) : "majority";
    }
}
