package org.entekhabat.vetting;

/**
 * When a board may decide: at least {@code minimumPresent} members present, and a majority of those
 * present voting for the decision. The numbers are configurable: the regulation's text was not found.
 */
public record Quorum(int minimumPresent) {

    public Quorum {
        if (minimumPresent < 1) throw new IllegalArgumentException("a board needs at least one member present");
    }

    public boolean met(BoardVote vote) {
        return vote.present().size() >= minimumPresent && 2 * vote.inFavour().size() > vote.present().size();
    }
}
