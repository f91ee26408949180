package org.entekhabat.election;

/**
 * How a contest's votes become members. Descriptions only: the tally applies them.
 * Alternates (علی‌البدل) are the next vote-getters in order (DOMAIN §1).
 */
public sealed interface CountingRule {

    int seats();

    int alternates();

    /** Stable name for files, the API and the database. */
    String code();

    /**
     * اکثریت نسبی، فهرستی: each voter names up to {@code seats} candidates; the top {@code seats} are
     * members, the next {@code alternates} are alternates. Councils outside Tehran (DOMAIN §6).
     */
    record BlockPlurality(int seats, int alternates) implements CountingRule {
        public BlockPlurality { positive(seats, alternates); }
        @Override public String code() { return "block-plurality"; }
    }

    /**
     * تناسبی: list totals (and the pooled individuals' bloc) share {@code seats} by Hare quota,
     * integer parts first, remaining seats by largest remainder; exact arithmetic (DOMAIN §5,
     * "Art 20 مکرر 4" with the interpretive act; Hamilton is our reading, UNSOURCED).
     */
    record ListProportional(int seats, int alternates) implements CountingRule {
        public ListProportional { positive(seats, alternates); }
        @Override public String code() { return "list-proportional"; }
    }

    /** اکثریت نسبی، یک مرحله‌ای: Majlis law Art 9, Experts law Art 8 (DOMAIN §6). No alternates. */
    record SinglePlurality(int seats) implements CountingRule {
        public SinglePlurality { positive(seats, 0); }
        @Override public int alternates() { return 0; }
        @Override public String code() { return "single-plurality"; }
    }

    /** The rule stored under {@code code}. */
    static CountingRule of(String code, int seats, int alternates) {
        return switch (code) {
            case "block-plurality" -> new BlockPlurality(seats, alternates);
            case "list-proportional" -> new ListProportional(seats, alternates);
            case "single-plurality" -> new SinglePlurality(seats);
            default -> throw new IllegalArgumentException("unknown counting rule " + code);
        };
    }

    private static void positive(int seats, int alternates) {
        if (seats < 1 || alternates < 0) throw new IllegalArgumentException("seats must be >= 1 and alternates >= 0");
    }
}
