package org.entekhabat.tally.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.entekhabat.tally.AlternatesPolicy;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.CandidateTotal;
import org.entekhabat.tally.ContestResult;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.CountingMethod.ListProportional;
import org.entekhabat.tally.ListResult;
import org.entekhabat.tally.TieRule;
import org.entekhabat.tally.internal.HareLargestRemainder.Party;
import org.entekhabat.tally.internal.HareLargestRemainder.Share;
import org.entekhabat.tally.internal.HareLargestRemainder.Stage;

/**
 * Tehran's proportional count (DOMAIN §5, Art 20 مکرر 4 [S36] with the interpretive act [S37]):
 * candidates' votes = own + list votes; a list's total = the sum of its members' votes; the
 * individuals pooled as one bloc; Hare quota and largest remainder over lists and bloc; within a
 * list or the bloc, seats by personal votes with the council tie rule (UNSOURCED, DOMAIN §5; within a
 * list every member has the same list votes, so this is the order of own-code votes too).
 */
public final class ProportionalCount {

    /** A list or the bloc with its candidates (sorted by code). */
    private record Group(String code, String name, List<Candidate> candidates, long votes) {}

    private ProportionalCount() {}

    public static ContestResult count(ListProportional m, ContestTally t, CountContext ctx) {
        Ballots.summary(t, ctx);
        List<Group> groups = groups(t, ctx);
        List<Party> parties = groups.stream().map(g -> new Party(g.code(), g.name(), g.votes(), g.candidates().size())).toList();
        var seatOutcome = HareLargestRemainder.apportion(parties, m.seats(), Stage.SEATS, ctx);
        List<Share> seats = seatOutcome.shares();
        List<Integer> altPlaces = alternatePlaces(m, parties, seats, ctx);

        var elected = new ArrayList<Candidate>();
        var pooled = new ArrayList<Candidate>();
        var listResults = new ArrayList<ListResult>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Share s = seats.get(i);
            int a = altPlaces.get(i);
            List<Candidate> ranked = Ranking.rank(g.candidates(), t::votes, TieRule.COUNCIL_CHAIN, groupCuts(g, s.seats(), a), ctx);
            List<Candidate> in = ranked.subList(0, s.seats());
            List<Candidate> bench = ranked.subList(s.seats(), s.seats() + a);
            traceGroup(g, in, bench, t, ctx);
            elected.addAll(in);
            pooled.addAll(bench);
            listResults.add(new ListResult(g.code(), g.name(), g.votes(), g.candidates().size(), s.quotas(),
                    s.integerPart(), s.integerSeats(), s.remainder(), s.remainderSeats(), codes(in), codes(bench)));
        }
        List<Candidate> members = Ranking.rank(elected, t::votes, TieRule.COUNCIL_CHAIN, List.of(), ctx);
        List<Candidate> alternates = alternates(m, t, elected, pooled, ctx);
        traceOutcome(members, alternates, t, ctx);
        int unfilledAlternates = m.alternates() - alternates.size();
        Unfilled.trace(seatOutcome.unfilled(), unfilledAlternates, ctx);
        return new ContestResult(t.contestId(), m, t.totalBallots(), t.blank(), t.invalid(), t.validBallots(),
                members, alternates, totals(t, members, alternates, ctx), listResults, seatOutcome.quota(),
                seatOutcome.total(), seatOutcome.unfilled(), unfilledAlternates, ctx.lot().seedHex(), ctx.draws(), ctx.trace());
    }

    /** Lists by code, then the bloc; traces each candidate's votes and each group's total. */
    private static List<Group> groups(ContestTally t, CountContext ctx) {
        var groups = new ArrayList<Group>();
        List<CandidateList> lists = t.lists().stream().sorted(Comparator.comparing(CandidateList::code, CodeOrder.CODES)).toList();
        for (CandidateList l : lists) groups.add(group(t, l.code(), l.name(), l.code(), ctx));
        groups.add(group(t, ListResult.BLOC, "منفردین", null, ctx));
        return groups;
    }

    private static Group group(ContestTally t, String code, String name, String listCode, CountContext ctx) {
        List<Candidate> members = t.candidates().stream()
                .filter(c -> java.util.Objects.equals(c.listCode(), listCode))
                .sorted(CodeOrder.CANDIDATES).toList();
        long sum = 0;
        for (Candidate c : members) {
            Ballots.candidate(t, c, ctx);
            sum += t.votes(c);
        }
        Party p = new Party(code, name, sum, members.size());
        ctx.step("list-total",
                "جمع آرای " + HareLargestRemainder.name(p) + " = مجموع آرای " + Fa.d(members.size()) + " نامزد آن = " + Fa.n(sum) + ".",
                "Total of " + HareLargestRemainder.nameEn(p) + " = the sum of its " + members.size() + " candidates' votes = " + sum + ".",
                CountContext.numbers("party", code, "candidates", members.size(), "votes", sum));
        return new Group(code, name, members, sum);
    }

    /** Alternate places per group: apportioned under PROPORTIONAL, none per group under BY_VOTES. */
    private static List<Integer> alternatePlaces(ListProportional m, List<Party> parties, List<Share> seats, CountContext ctx) {
        if (m.alternatesPolicy() == AlternatesPolicy.BY_VOTES || m.alternates() == 0) {
            return parties.stream().map(p -> 0).toList();
        }
        ctx.step("alternates-policy",
                "علی‌البدل‌ها (" + Fa.d(m.alternates()) + " جایگاه) به همان روش سهمیه و بزرگ‌ترین باقی‌مانده میان فهرست‌ها و منفردین، از نامزدهای انتخاب‌نشده، تقسیم می‌شوند.",
                "The " + m.alternates() + " alternate places are apportioned among the lists and the bloc by the same quota and largest remainder, from their candidates not elected.",
                CountContext.numbers("policy", m.alternatesPolicy(), "places", m.alternates()));
        var rest = new ArrayList<Party>();
        for (int i = 0; i < parties.size(); i++) {
            Party p = parties.get(i);
            rest.add(new Party(p.code(), p.name(), p.votes(), p.capacity() - seats.get(i).seats()));
        }
        return HareLargestRemainder.apportion(rest, m.alternates(), Stage.ALTERNATES, ctx).shares().stream()
                .map(Share::seats).toList();
    }

    private static List<Ranking.Cut> groupCuts(Group g, int seats, int alternates) {
        var cuts = new ArrayList<Ranking.Cut>();
        String fa = g.code().equals(ListResult.BLOC) ? "منفردین" : "فهرست " + Fa.d(g.code());
        String en = g.code().equals(ListResult.BLOC) ? "individuals' bloc" : "list " + g.code();
        cuts.add(new Ranking.Cut(seats, "مرز کرسی‌های " + fa, "seat cut of the " + en));
        if (alternates > 0) cuts.add(new Ranking.Cut(seats + alternates, "مرز علی‌البدل‌های " + fa, "alternate cut of the " + en));
        return cuts;
    }

    private static List<Candidate> alternates(ListProportional m, ContestTally t, List<Candidate> elected,
                                              List<Candidate> pooled, CountContext ctx) {
        if (m.alternatesPolicy() == AlternatesPolicy.PROPORTIONAL) {
            // the bench is chosen per list; its order is by votes (alternates "in vote order", DOMAIN §1)
            return Ranking.rank(pooled, t::votes, TieRule.COUNCIL_CHAIN, betweenAlternates(pooled.size(), false), ctx);
        }
        Set<Candidate> in = new HashSet<>(elected);
        List<Candidate> rest = t.candidates().stream().filter(c -> !in.contains(c)).toList();
        List<Candidate> ranked = Ranking.rank(rest, t::votes, TieRule.COUNCIL_CHAIN, betweenAlternates(m.alternates(), true), ctx);
        return ranked.subList(0, Math.min(m.alternates(), ranked.size()));
    }

    private static List<Ranking.Cut> betweenAlternates(int n, boolean withLast) {
        var cuts = new ArrayList<Ranking.Cut>();
        for (int k = 1; k < n; k++) {
            cuts.add(new Ranking.Cut(k, "مرز علی‌البدل " + Fa.d(k) + " و " + Fa.d(k + 1), "cut between alternates " + k + " and " + (k + 1)));
        }
        if (withLast && n > 0) cuts.add(new Ranking.Cut(n, "مرز آخرین علی‌البدل", "cut after the last alternate"));
        return cuts;
    }

    private static void traceGroup(Group g, List<Candidate> in, List<Candidate> bench, ContestTally t, CountContext ctx) {
        Party p = new Party(g.code(), g.name(), g.votes(), g.candidates().size());
        ctx.step("list-elected",
                "از " + HareLargestRemainder.name(p) + " به ترتیب آرای شخصی انتخاب شدند: " + Fa.codes(codes(in))
                        + (bench.isEmpty() ? "" : "؛ علی‌البدل از این فهرست: " + Fa.codes(codes(bench))) + ".",
                "Elected from " + HareLargestRemainder.nameEn(p) + " by personal votes: " + String.join(", ", codes(in))
                        + (bench.isEmpty() ? "" : "; alternates from it: " + String.join(", ", codes(bench))) + ".",
                CountContext.numbers("party", g.code(), "elected", String.join(",", codes(in)),
                        "alternates", String.join(",", codes(bench))));
    }

    private static void traceOutcome(List<Candidate> members, List<Candidate> alternates, ContestTally t, CountContext ctx) {
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
    }

    private static List<CandidateTotal> totals(ContestTally t, List<Candidate> members, List<Candidate> alternates, CountContext ctx) {
        var totals = new ArrayList<CandidateTotal>();
        Set<Candidate> placed = new HashSet<>(members);
        placed.addAll(alternates);
        for (Candidate c : members) totals.add(total(t, c, CandidateTotal.Standing.MEMBER));
        for (Candidate c : alternates) totals.add(total(t, c, CandidateTotal.Standing.ALTERNATE));
        List<Candidate> rest = t.candidates().stream().filter(c -> !placed.contains(c)).toList();
        for (Candidate c : Ranking.rank(rest, t::votes, TieRule.COUNCIL_CHAIN, List.of(), ctx)) {
            totals.add(total(t, c, CandidateTotal.Standing.NOT_ELECTED));
        }
        return totals;
    }

    private static CandidateTotal total(ContestTally t, Candidate c, CandidateTotal.Standing s) {
        return new CandidateTotal(c, t.personal(c), t.viaList(c), t.votes(c), s);
    }

    private static List<String> codes(List<Candidate> cs) {
        return cs.stream().map(Candidate::code).toList();
    }
}
