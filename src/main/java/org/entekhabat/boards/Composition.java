package org.entekhabat.boards;

/**
 * How an executive board is made up and how its trusted members are elected: {@code exOfficio} seats by
 * office, {@code trusted} seats elected by ballot from exactly {@code nominees} people named by the chair,
 * {@code alternates} ranked after them, and at most {@code maxNames} names on a nominee's ballot.
 * County: 3 + 8 from 30, 5 alternates as in Zarrindasht [S17][S19]; the 8-name ballot limit is our reading
 * (UNSOURCED, configurable). Central: 7 + 6 (+3 alternates) from 30 [S18].
 */
public record Composition(int exOfficio, int trusted, int alternates, int nominees, int maxNames) {

    public Composition {
        if (exOfficio < 1 || trusted < 1 || alternates < 0 || maxNames < 1 || nominees < trusted + alternates) {
            throw new IllegalArgumentException("impossible composition " + exOfficio + "/" + trusted + "/" + alternates
                    + "/" + nominees + "/" + maxNames);
        }
    }

    public static Composition county() {
        return new Composition(3, 8, 5, 30, 8);
    }

    public static Composition central() {
        return new Composition(7, 6, 3, 30, 6);
    }

    /** Members who vote once the board is complete: ex officio and trusted. */
    public int votingMembers() {
        return exOfficio + trusted;
    }
}
