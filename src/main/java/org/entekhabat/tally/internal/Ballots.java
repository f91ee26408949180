package org.entekhabat.tally.internal;

import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.ContestTally;

/** Trace steps shared by every method: the ballot summary and each candidate's votes. */
final class Ballots {

    private Ballots() {}

    static void summary(ContestTally t, CountContext ctx) {
        ctx.step("ballots",
                "حوزه " + Fa.d(t.contestId()) + ": کل آرای مأخوذه " + Fa.n(t.totalBallots()) + "؛ آرای سفید "
                        + Fa.n(t.blank()) + "؛ آرای باطله " + Fa.n(t.invalid()) + "؛ آرای صحیح " + Fa.n(t.validBallots())
                        + ". آرای سفید و باطله شمرده و گزارش می‌شوند و به هیچ نامزدی داده نمی‌شوند.",
                "Contest " + t.contestId() + ": " + t.totalBallots() + " ballots cast; " + t.blank() + " blank; "
                        + t.invalid() + " invalid; " + t.validBallots()
                        + " valid. Blank and invalid ballots are counted and reported, never assigned to a candidate.",
                CountContext.numbers("total", t.totalBallots(), "blank", t.blank(), "invalid", t.invalid(),
                        "valid", t.validBallots()));
    }

    static void candidate(ContestTally t, Candidate c, CountContext ctx) {
        if (c.listCode() == null) {
            ctx.step("candidate-votes",
                    "نامزد " + Fa.d(c.code()) + " (" + c.name() + "): " + Fa.n(t.votes(c)) + " رأی.",
                    "Candidate " + c.code() + " (" + c.name() + "): " + t.votes(c) + " votes.",
                    CountContext.numbers("candidate", c.code(), "votes", t.votes(c)));
        } else {
            ctx.step("candidate-votes",
                    "نامزد " + Fa.d(c.code()) + " (" + c.name() + ") از فهرست " + Fa.d(c.listCode()) + ": آرای شخصی "
                            + Fa.n(t.personal(c)) + " + آرای فهرست " + Fa.n(t.viaList(c)) + " = " + Fa.n(t.votes(c)) + " رأی.",
                    "Candidate " + c.code() + " (" + c.name() + ") on list " + c.listCode() + ": " + t.personal(c)
                            + " own-code votes + " + t.viaList(c) + " list votes = " + t.votes(c) + " votes.",
                    CountContext.numbers("candidate", c.code(), "list", c.listCode(), "personal", t.personal(c),
                            "viaList", t.viaList(c), "votes", t.votes(c)));
        }
    }
}
