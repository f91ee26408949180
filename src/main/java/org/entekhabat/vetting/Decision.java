package org.entekhabat.vetting;

import java.time.Instant;
import java.util.List;

/**
 * A board's decision on one candidate: the verdict, the legal grounds it cites, its written reason
 * and the named votes. Checked by {@link VettingCase} before it takes effect.
 *
 * @param board     who decided
 * @param verdict   the resulting verdict
 * @param grounds   legal grounds cited (at least one for a rejection)
 * @param reason    the written reason shown to the candidate
 * @param vote      members present and members voting for it
 * @param decidedAt when
 */
public record Decision(Board board, Verdict verdict, List<LegalGround> grounds, String reason, BoardVote vote,
                       Instant decidedAt) {

    public Decision {
        if (board == null || verdict == null || vote == null || decidedAt == null) {
            throw new IllegalArgumentException("decision needs board, verdict, vote and time");
        }
        grounds = grounds == null ? List.of() : List.copyOf(grounds);
        reason = reason == null ? "" : reason.strip();
    }

    public static Decision approve(Board board, String reason, BoardVote vote, Instant at) {
        return new Decision(board, Verdict.APPROVED, List.of(), reason, vote, at);
    }

    public static Decision reject(Board board, List<LegalGround> grounds, String reason, BoardVote vote, Instant at) {
        return new Decision(board, Verdict.REJECTED, grounds, reason, vote, at);
    }
}
