package org.entekhabat.tally.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.entekhabat.tally.Fraction;

/**
 * Hare quota with largest remainder (Hamilton), in exact fractions (DOMAIN §5 steps 4–6, [S37][S38]).
 *
 * <ol>
 *   <li>total = the sum of every party's votes; quota = total ÷ places (exact).</li>
 *   <li>a party's quotas = votes ÷ quota = votes × places ÷ total; its integer part gives seats first,
 *       but never more than the party has candidates (the surplus goes to the remainders: DOMAIN §5
 *       is silent, our choice).</li>
 *   <li>the places left go one by one to the largest remainders (compared exactly by
 *       cross-multiplication), at most one per party per round; equal remainders at the cut by lot
 *       (law silent; the issue text says lot). Full parties are skipped. If places are still left
 *       after every party still open got one, another round starts in the same order. Places left
 *       when every party is full stay empty.</li>
 * </ol>
 */
public final class HareLargestRemainder {

    /** A list or the bloc: its votes and how many places it can fill. */
    public record Party(String code, String name, long votes, int capacity) {}

    /** A party's share of the places. */
    public record Share(Party party, Fraction quotas, BigInteger integerPart, int integerSeats, Fraction remainder,
                        int remainderSeats) {
        public int seats() { return integerSeats + remainderSeats; }
    }

    /** What is apportioned: seats or alternate places (for the minutes). */
    public record Stage(String fa, String en) {
        public static final Stage SEATS = new Stage("کرسی", "seat");
        public static final Stage ALTERNATES = new Stage("جایگاه علی‌البدل", "alternate place");
    }

    /** The outcome: the quota (empty when no one has a vote), the shares in input order, places left empty. */
    public record Outcome(java.util.Optional<Fraction> quota, long total, List<Share> shares, int unfilled) {}

    private HareLargestRemainder() {}

    public static Outcome apportion(List<Party> parties, int places, Stage stage, CountContext ctx) {
        long total = parties.stream().mapToLong(Party::votes).sum();
        if (total == 0 || places == 0) return nothing(parties, places, total, stage, ctx);
        Fraction quota = Fraction.of(total, places);
        ctx.step("quota",
                "سهمیه (" + stage.fa() + ") = مجموع آرای نامزدها ÷ " + Fa.d(places) + " = " + Fa.n(total) + " ÷ "
                        + Fa.d(places) + " = " + Fa.f(quota) + " (≈ " + Fa.dec(quota) + ").",
                "Quota (" + stage.en() + "s) = candidates' votes ÷ " + places + " = " + total + " ÷ " + places + " = "
                        + quota + " (≈ " + quota.decimal(4) + ").",
                CountContext.numbers("total", total, "places", places, "quota", quota));
        var shares = new ArrayList<Share>();
        int assigned = 0;
        for (Party p : parties) {
            Share s = integerShare(p, total, places, stage, ctx);
            shares.add(s);
            assigned += s.integerSeats();
        }
        int remaining = places - assigned;
        ctx.step("integer-seats",
                "با بخش‌های صحیح " + Fa.d(assigned) + " " + stage.fa() + " داده شد؛ " + Fa.d(remaining)
                        + " " + stage.fa() + " به ترتیب بزرگ‌ترین باقی‌مانده داده می‌شود.",
                assigned + " " + stage.en() + "s given by integer parts; " + remaining
                        + " go to the largest remainders.",
                CountContext.numbers("assigned", assigned, "remaining", remaining));
        int unfilled = largestRemainders(shares, remaining, stage, ctx);
        return new Outcome(java.util.Optional.of(quota), total, List.copyOf(shares), unfilled);
    }

    private static Share integerShare(Party p, long total, int places, Stage stage, CountContext ctx) {
        Fraction quotas = Fraction.of(BigInteger.valueOf(p.votes()).multiply(BigInteger.valueOf(places)), BigInteger.valueOf(total));
        BigInteger ip = quotas.floor();
        int seats = ip.min(BigInteger.valueOf(p.capacity())).intValueExact();
        Fraction rem = quotas.fractionalPart();
        ctx.step("share",
                name(p) + ": " + Fa.n(p.votes()) + " ÷ سهمیه = " + Fa.n(p.votes()) + " × " + Fa.d(places) + " ÷ " + Fa.n(total)
                        + " = " + Fa.f(quotas) + " = " + Fa.d(ip) + " + " + Fa.f(rem) + " (باقی‌مانده ≈ " + Fa.dec(rem) + ").",
                nameEn(p) + ": " + p.votes() + " ÷ quota = " + p.votes() + " × " + places + " ÷ " + total + " = "
                        + quotas + " = " + ip + " + " + rem + " (remainder ≈ " + rem.decimal(4) + ").",
                CountContext.numbers("party", p.code(), "votes", p.votes(), "quotas", quotas, "integer", ip,
                        "remainder", rem));
        if (ip.compareTo(BigInteger.valueOf(p.capacity())) > 0) {
            ctx.step("capacity",
                    name(p) + " تنها " + Fa.d(p.capacity()) + " نامزد دارد؛ " + Fa.d(seats) + " " + stage.fa()
                            + " می‌گیرد و مازاد به بزرگ‌ترین باقی‌مانده‌های دیگران می‌رسد.",
                    nameEn(p) + " has only " + p.capacity() + " candidates: it takes " + seats + " " + stage.en()
                            + "s and the surplus goes to the others' largest remainders.",
                    CountContext.numbers("party", p.code(), "integer", ip, "capacity", p.capacity()));
        }
        return new Share(p, quotas, ip, seats, rem, 0);
    }

    /** Gives {@code remaining} places by largest remainder; returns the places nobody could take. */
    private static int largestRemainders(List<Share> shares, int remaining, Stage stage, CountContext ctx) {
        int round = 1;
        while (remaining > 0) {
            List<Share> open = shares.stream().filter(s -> s.seats() < s.party().capacity())
                    .sorted(Comparator.comparing(Share::remainder).reversed()
                            .thenComparing(s -> s.party().code(), CodeOrder.CODES)).toList();
            if (open.isEmpty()) break;
            List<Share> winners = open.size() <= remaining ? open : cut(open, remaining, stage, round, ctx);
            for (Share w : winners) {
                int i = shares.indexOf(w);
                Share given = new Share(w.party(), w.quotas(), w.integerPart(), w.integerSeats(), w.remainder(),
                        w.remainderSeats() + 1);
                shares.set(i, given);
                ctx.step("remainder-seat",
                        "یک " + stage.fa() + " (دور " + Fa.d(round) + ") به " + name(w.party()) + " با باقی‌مانده "
                                + Fa.f(w.remainder()) + " رسید.",
                        "One " + stage.en() + " (round " + round + ") to " + nameEn(w.party()) + " with remainder "
                                + w.remainder() + ".",
                        CountContext.numbers("party", w.party().code(), "round", round, "remainder", w.remainder()));
            }
            remaining -= winners.size();
            round++;
        }
        if (remaining > 0) {
            ctx.step("unfilled-remainder",
                    "همه فهرست‌ها پر شدند؛ " + Fa.d(remaining) + " " + stage.fa() + " خالی می‌ماند.",
                    "Every list is full; " + remaining + " " + stage.en() + "s stay empty.",
                    CountContext.numbers("unfilled", remaining));
        }
        return remaining;
    }

    /** The first {@code k} of {@code open}; equal remainders straddling the cut are ordered by lot. */
    private static List<Share> cut(List<Share> open, int k, Stage stage, int round, CountContext ctx) {
        Fraction atCut = open.get(k - 1).remainder();
        if (open.get(k).remainder().compareTo(atCut) != 0) return open.subList(0, k);
        List<Share> above = open.stream().filter(s -> s.remainder().compareTo(atCut) > 0).toList();
        List<Share> tied = open.stream().filter(s -> s.remainder().compareTo(atCut) == 0).toList();
        var d = ctx.draw(tied.stream().map(s -> s.party().code()).toList(),
                "برابری باقی‌مانده‌ها (" + Fa.f(atCut) + ") برای " + Fa.d(k - above.size()) + " " + stage.fa() + " در دور " + Fa.d(round),
                "equal remainders (" + atCut + ") for " + (k - above.size()) + " " + stage.en() + "(s) in round " + round);
        var winners = new ArrayList<>(above);
        for (String code : d.outcome().subList(0, k - above.size())) {
            winners.add(tied.stream().filter(s -> s.party().code().equals(code)).findFirst().orElseThrow());
        }
        return winners;
    }

    private static Outcome nothing(List<Party> parties, int places, long total, Stage stage, CountContext ctx) {
        if (places > 0) {
            ctx.step("no-votes", "هیچ نامزدی رأی ندارد؛ هیچ " + stage.fa() + "ی تخصیص نمی‌یابد.",
                    "No candidate has a vote; no " + stage.en() + " can be apportioned.", CountContext.numbers("places", places));
        }
        var shares = parties.stream().map(p -> new Share(p, Fraction.ZERO, BigInteger.ZERO, 0, Fraction.ZERO, 0)).toList();
        return new Outcome(java.util.Optional.empty(), total, shares, places);
    }

    static String name(Party p) {
        return org.entekhabat.tally.ListResult.BLOC.equals(p.code()) ? "منفردین" : "فهرست «" + p.name() + "» (" + Fa.d(p.code()) + ")";
    }

    static String nameEn(Party p) {
        return org.entekhabat.tally.ListResult.BLOC.equals(p.code()) ? "the individuals' bloc" : "list \"" + p.name() + "\" (" + p.code() + ")";
    }
}
