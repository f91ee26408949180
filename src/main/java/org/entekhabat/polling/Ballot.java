package org.entekhabat.polling;

import java.util.List;

/**
 * What one voter chose: the ballot style (which contests) and, per contest, the codes entered
 * (candidate codes, or a list code in Tehran). An empty list is a blank vote in that contest.
 * Holds no token, no time and nothing about the voter.
 */
public record Ballot(String styleId, List<ContestChoice> contests) {

    public Ballot {
        requireShort(styleId, "ballot style id");
        contests = List.copyOf(contests);
        if (contests.size() > 255) throw new IllegalArgumentException("too many contests on one ballot");
    }

    /** The codes entered for one contest. */
    public record ContestChoice(String contestId, List<String> codes) {
        public ContestChoice {
            requireShort(contestId, "contest id");
            codes = List.copyOf(codes);
            if (codes.size() > 255) throw new IllegalArgumentException("too many codes in contest " + contestId);
            codes.forEach(c -> requireShort(c, "code"));
        }
    }

    static void requireShort(String s, String what) {
        if (s == null || s.isEmpty() || s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > 64) {
            throw new IllegalArgumentException(what + " must be 1 to 64 bytes: " + s);
        }
    }
}
