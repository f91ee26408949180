package org.entekhabat.election;

import java.util.List;

/**
 * Council size by population: brackets in rising order, each "up to and including" its bound;
 * the last has no bound. Boundaries are inclusive on the upper side: a city of exactly 50,000
 * has 5 seats, 50,001 has 7 (the law says "تا ۵۰ هزار نفر" = up to 50,000; our reading, DOMAIN §1).
 * An unknown population (null) takes the smallest bracket. Plain Java.
 */
public record SeatTable(List<Bracket> brackets) {

    /** @param upTo inclusive upper bound; null for the last, open bracket */
    public record Bracket(Long upTo, int seats, int alternates) {}

    /** Cities, table of the 1395 (2016) amendment, still cited by MOI in 1400 (DOMAIN §1; unconfirmed for 1405). */
    public static final SeatTable CITY = new SeatTable(List.of(
            new Bracket(50_000L, 5, 3),
            new Bracket(200_000L, 7, 5),
            new Bracket(500_000L, 9, 6),
            new Bracket(1_000_000L, 11, 7),
            new Bracket(2_000_000L, 13, 8),
            new Bracket(null, 15, 10)));

    /** Villages, amended Art 4 (1403/12/19): up to 1,500 people 3 + 2, over 1,500 5 + 3 (DOMAIN §1). */
    public static final SeatTable VILLAGE = new SeatTable(List.of(
            new Bracket(1_500L, 3, 2),
            new Bracket(null, 5, 3)));

    /** Tehran: 21 main members and 11 alternates, fixed (DOMAIN §1 table, row "Tehran"). */
    public static final CouncilSize TEHRAN = new CouncilSize(21, 11);

    public SeatTable {
        brackets = List.copyOf(brackets);
        if (brackets.isEmpty()) throw new IllegalArgumentException("a seat table needs at least one bracket");
        for (int i = 0; i < brackets.size(); i++) {
            var b = brackets.get(i);
            boolean last = i == brackets.size() - 1;
            if (last != (b.upTo() == null)) throw new IllegalArgumentException("only the last bracket is open (no upTo)");
            if (i > 0 && !last && b.upTo() <= brackets.get(i - 1).upTo()) throw new IllegalArgumentException("brackets must rise");
            if (i > 0 && b.seats() < brackets.get(i - 1).seats()) throw new IllegalArgumentException("seats must not fall as population rises");
            new CouncilSize(b.seats(), b.alternates());
        }
    }

    public CouncilSize sizeFor(Long population) {
        if (population == null) return size(brackets.getFirst());
        for (var b : brackets) {
            if (b.upTo() == null || population <= b.upTo()) return size(b);
        }
        throw new IllegalStateException("unreachable: the last bracket is open");
    }

    private static CouncilSize size(Bracket b) {
        return new CouncilSize(b.seats(), b.alternates());
    }
}
