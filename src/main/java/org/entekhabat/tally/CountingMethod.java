package org.entekhabat.tally;

import java.util.Objects;

/** The rule a contest is counted by (SYSTEM.md "Counting rules"; DOMAIN §1, §5, §6). */
public sealed interface CountingMethod {

    /** Members (اعضای اصلی) to elect. */
    int seats();

    /** Alternates (اعضای علی‌البدل) to rank after the members. */
    int alternates();

    /**
     * City and village councils outside Tehran: block plurality, the top {@code seats} are members and
     * the next {@code alternates} are alternates in vote order (DOMAIN §6 [S32]; §1 [S67]).
     */
    record BlockPlurality(int seats, int alternates, TieRule tieRule) implements CountingMethod {
        public BlockPlurality {
            check(seats, alternates);
            Objects.requireNonNull(tieRule, "tieRule");
        }

        public BlockPlurality(int seats, int alternates) {
            this(seats, alternates, TieRule.COUNCIL_CHAIN);
        }
    }

    /**
     * Tehran: lists and the pooled individuals, Hare quota with largest remainder, within a list by
     * personal votes (DOMAIN §5: Art 20 مکرر 4 [S36], the interpretive act [S37]).
     */
    record ListProportional(int seats, int alternates, AlternatesPolicy alternatesPolicy) implements CountingMethod {
        public ListProportional {
            check(seats, alternates);
            Objects.requireNonNull(alternatesPolicy, "alternatesPolicy");
        }

        public ListProportional(int seats, int alternates) {
            this(seats, alternates, AlternatesPolicy.PROPORTIONAL);
        }
    }

    /**
     * Majlis and Assembly of Experts by-elections: relative majority, single round, no alternates
     * (Majlis law Art 9 [S47], Experts law Art 8 [S48]; DOMAIN §6). Ties by lot unless configured.
     */
    record SinglePlurality(int seats, TieRule tieRule) implements CountingMethod {
        public SinglePlurality {
            check(seats, 0);
            Objects.requireNonNull(tieRule, "tieRule");
        }

        public SinglePlurality(int seats) {
            this(seats, TieRule.LOT_ONLY);
        }

        @Override
        public int alternates() { return 0; }
    }

    /** A council of {@code seats} members counted by block plurality, alternates from the table. */
    static BlockPlurality council(int seats, AlternatesTable table) {
        return new BlockPlurality(seats, table.alternatesFor(seats));
    }

    /** Tehran's council: 21 members, 11 alternates, default alternates policy (DOMAIN §1, §5). */
    static ListProportional tehran() {
        return new ListProportional(21, 11);
    }

    private static void check(int seats, int alternates) {
        if (seats < 1) throw new IllegalArgumentException("seats must be at least 1: " + seats);
        if (alternates < 0) throw new IllegalArgumentException("alternates must not be negative: " + alternates);
    }
}
