package org.entekhabat.tally.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.LotDraw;
import org.entekhabat.tally.TieRule;

/**
 * Orders candidates by votes with the tie rule, drawing lots only where a tie straddles a cut.
 *
 * <p>Choice (documented in docs/counting.md): the order is always total, but a lot is drawn (and
 * recorded) only for a group that is equal on every criterion of the rule AND straddles a cut, i.e.
 * a place whose two sides differ in standing: member/alternate, between two alternates (the first
 * alternate is called first), after the last alternate, or the last seat of a list. Elsewhere (e.g.
 * among members, who are equal in standing) equal candidates are listed by code, with no legal effect.
 */
public final class Ranking {

    /** A cut after {@code position} places (1-based count of places above it). */
    public record Cut(int position, String fa, String en) {}

    private Ranking() {}

    public static List<Candidate> rank(List<Candidate> candidates, ToLongFunction<Candidate> votes, TieRule rule,
                                       List<Cut> cuts, CountContext ctx) {
        var ranked = new ArrayList<>(candidates);
        ranked.sort(byRule(votes, rule).thenComparing(CodeOrder.CANDIDATES));
        Map<String, Integer> drawOf = new HashMap<>();
        int i = 0;
        while (i < ranked.size()) {
            int j = i + 1;
            while (j < ranked.size() && byRule(votes, rule).compare(ranked.get(i), ranked.get(j)) == 0) j++;
            List<Cut> inside = cutsInside(cuts, i, j);
            if (!inside.isEmpty()) drawFor(ranked, i, j, inside, ctx, drawOf);
            i = j;
        }
        traceCuts(ranked, votes, rule, cuts, ctx, drawOf);
        return ranked;
    }

    /** Votes descending; under the council chain, veterans first, then the higher degree. */
    static Comparator<Candidate> byRule(ToLongFunction<Candidate> votes, TieRule rule) {
        Comparator<Candidate> c = Comparator.comparingLong(votes).reversed();
        if (rule == TieRule.COUNCIL_CHAIN) {
            c = c.thenComparing(Candidate::veteran, Comparator.reverseOrder())
                    .thenComparing(Candidate::degree, Comparator.reverseOrder());
        }
        return c;
    }

    private static List<Cut> cutsInside(List<Cut> cuts, int from, int to) {
        return cuts.stream().filter(c -> from < c.position() && c.position() < to).toList();
    }

    private static void drawFor(List<Candidate> ranked, int from, int to, List<Cut> inside, CountContext ctx,
                                Map<String, Integer> drawOf) {
        List<Candidate> group = new ArrayList<>(ranked.subList(from, to));
        String fa = String.join(" و ", inside.stream().map(Cut::fa).toList());
        String en = String.join(" and ", inside.stream().map(Cut::en).toList());
        LotDraw d = ctx.draw(group.stream().map(Candidate::code).toList(), fa, en);
        for (int k = 0; k < group.size(); k++) {
            String code = d.outcome().get(k);
            ranked.set(from + k, group.stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow());
            drawOf.put(code, d.index());
        }
    }

    /** For the minutes: at every cut where the two sides have equal votes, say what decided. */
    private static void traceCuts(List<Candidate> ranked, ToLongFunction<Candidate> votes, TieRule rule,
                                  List<Cut> cuts, CountContext ctx, Map<String, Integer> drawOf) {
        for (Cut cut : cuts) {
            int p = cut.position();
            if (p < 1 || p >= ranked.size()) continue;
            Candidate above = ranked.get(p - 1), below = ranked.get(p);
            long v = votes.applyAsLong(above);
            if (v != votes.applyAsLong(below)) continue;
            String whyFa, whyEn;
            if (rule == TieRule.COUNCIL_CHAIN && above.veteran() != below.veteran()) {
                whyFa = "به سبب ایثارگر بودن " + Fa.d(above.code());
                whyEn = "because " + above.code() + " is a veteran";
            } else if (rule == TieRule.COUNCIL_CHAIN && above.degree() != below.degree()) {
                whyFa = "به سبب مدرک تحصیلی بالاتر (" + above.degree().fa() + " در برابر " + below.degree().fa() + ")";
                whyEn = "because of the higher degree (" + above.degree() + " over " + below.degree() + ")";
            } else {
                int draw = drawOf.get(above.code());
                whyFa = "به حکم قرعه شماره " + Fa.d(draw);
                whyEn = "by lot draw #" + draw;
            }
            ctx.step("tie",
                    "تساوی آرا در " + cut.fa() + ": " + Fa.d(above.code()) + " و " + Fa.d(below.code()) + " هر یک "
                            + Fa.n(v) + " رأی؛ " + Fa.d(above.code()) + " " + whyFa + " مقدم است.",
                    "Tie at the " + cut.en() + ": " + above.code() + " and " + below.code() + " have " + v
                            + " votes each; " + above.code() + " goes first " + whyEn + ".",
                    CountContext.numbers("votes", v, "above", above.code(), "below", below.code(), "rule", rule));
        }
    }
}
