package org.entekhabat.tally;

import java.util.List;
import java.util.Objects;

/** One contest's part of a ballot, as the station journal holds it (no voter, no time). */
public sealed interface Ballot {

    String contestId();

    /** A ballot left blank (سفید). */
    record Blank(String contestId) implements Ballot {
        public Blank { Objects.requireNonNull(contestId, "contestId"); }
    }

    /**
     * The codes the voter entered, in entry order: candidate codes, and in Tehran list codes
     * (a voter may mix both, DOMAIN §5 [S39]). An empty list is a blank ballot.
     */
    record Marked(String contestId, List<String> codes) implements Ballot {
        public Marked {
            Objects.requireNonNull(contestId, "contestId");
            codes = List.copyOf(codes);
        }
    }
}
