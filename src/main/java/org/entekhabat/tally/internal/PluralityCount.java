package org.entekhabat.tally.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateTotal;
import org.entekhabat.tally.ContestResult;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.CountingMethod;
import org.entekhabat.tally.TieRule;

/**
 * Plurality: the top {@code seats} by votes are members, the next {@code alternates} are alternates in
 * vote order (block vote for councils, DOMAIN §6 [S32], §1 [S67]; single seat(s) for the Majlis and
 * Experts by-elections, DOMAIN §6 [S47][S48]).
 */
public final class PluralityCount {

    private PluralityCount() {}

    public static ContestResult count(CountingMethod method, TieRule rule, ContestTally t, CountContext ctx) {
        int seats = method.seats(), alts = method.alternates();
        Ballots.summary(t, ctx);
        List<Candidate> byCode = t.candidates().stream().sorted(CodeOrder.CANDIDATES).toList();
        for (Candidate c : byCode) Ballots.candidate(t, c, ctx);
        List<Candidate> ranked = Ranking.rank(byCode, t::votes, rule, cuts(seats, alts), ctx);
        List<Candidate> members = ranked.subList(0, Math.min(seats, ranked.size()));
        List<Candidate> alternates = ranked.subList(members.size(), Math.min(seats + alts, ranked.size()));
        traceOutcome(t, members, alternates, seats, alts, ctx);
        var totals = new ArrayList<CandidateTotal>();
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            var standing = i < members.size() ? CandidateTotal.Standing.MEMBER
                    : i < members.size() + alternates.size() ? CandidateTotal.Standing.ALTERNATE
                    : CandidateTotal.Standing.NOT_ELECTED;
            totals.add(new CandidateTotal(c, t.personal(c), t.viaList(c), t.votes(c), standing));
        }
        long sum = t.candidates().stream().mapToLong(t::votes).sum();
        return new ContestResult(t.contestId(), method, t.totalBallots(), t.blank(), t.invalid(), t.validBallots(),
                members, alternates, totals, List.of(), java.util.Optional.empty(), sum,
                seats - members.size(), alts - alternates.size(), ctx.lot().seedHex(), ctx.draws(), ctx.trace());
    }

    /** The places where standing changes: the last seat, between alternates, after the last alternate. */
    static List<Ranking.Cut> cuts(int seats, int alts) {
        var cuts = new ArrayList<Ranking.Cut>();
        if (alts == 0) {
            cuts.add(new Ranking.Cut(seats, "مرز منتخبان", "cut of the elected"));
            return cuts;
        }
        cuts.add(new Ranking.Cut(seats, "مرز اعضای اصلی و علی‌البدل", "member/alternate cut"));
        for (int k = 1; k < alts; k++) {
            cuts.add(new Ranking.Cut(seats + k, "مرز علی‌البدل " + Fa.d(k) + " و " + Fa.d(k + 1),
                    "cut between alternates " + k + " and " + (k + 1)));
        }
        cuts.add(new Ranking.Cut(seats + alts, "مرز آخرین علی‌البدل", "cut after the last alternate"));
        return cuts;
    }

    private static void traceOutcome(ContestTally t, List<Candidate> members, List<Candidate> alternates,
                                     int seats, int alts, CountContext ctx) {
        for (int i = 0; i < members.size(); i++) {
            Candidate c = members.get(i);
            ctx.step("member", "عضو اصلی " + Fa.d(i + 1) + ": " + Fa.d(c.code()) + " (" + c.name() + ") با " + Fa.n(t.votes(c)) + " رأی.",
                    "Member " + (i + 1) + ": " + c.code() + " (" + c.name() + ") with " + t.votes(c) + " votes.",
                    CountContext.numbers("rank", i + 1, "candidate", c.code(), "votes", t.votes(c)));
        }
        for (int i = 0; i < alternates.size(); i++) {
            Candidate c = alternates.get(i);
            ctx.step("alternate", "علی‌البدل " + Fa.d(i + 1) + ": " + Fa.d(c.code()) + " (" + c.name() + ") با " + Fa.n(t.votes(c)) + " رأی.",
                    "Alternate " + (i + 1) + ": " + c.code() + " (" + c.name() + ") with " + t.votes(c) + " votes.",
                    CountContext.numbers("rank", i + 1, "candidate", c.code(), "votes", t.votes(c)));
        }
        Unfilled.trace(seats - members.size(), alts - alternates.size(), ctx);
    }
}
