package org.entekhabat.tally;

import java.util.Objects;
import org.entekhabat.tally.internal.CountContext;
import org.entekhabat.tally.internal.PluralityCount;
import org.entekhabat.tally.internal.ProportionalCount;

/**
 * The one entry point of the counting rules. Pure: the same method, tally and lot seed always give
 * the same result, draws and trace (the order of the input lists never matters).
 */
public final class Count {

    private Count() {}

    public static ContestResult run(CountingMethod method, ContestTally tally, Lot lot) {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(tally, "tally");
        Objects.requireNonNull(lot, "lot");
        var ctx = new CountContext(lot);
        return switch (method) {
            case CountingMethod.BlockPlurality m -> PluralityCount.count(m, m.tieRule(), tally, ctx);
            case CountingMethod.SinglePlurality m -> PluralityCount.count(m, m.tieRule(), tally, ctx);
            case CountingMethod.ListProportional m -> ProportionalCount.count(m, tally, ctx);
        };
    }
}
