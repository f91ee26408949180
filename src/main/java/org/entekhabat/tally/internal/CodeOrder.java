package org.entekhabat.tally.internal;

import java.util.Comparator;
import org.entekhabat.tally.Candidate;

/**
 * The order codes are listed in where the law gives no order (the minutes' list of candidates, equal
 * candidates whose order decides nothing): shorter first, then alphabetical, so 2 comes before 10.
 * Lots do not use it: a lot sorts codes plainly (see {@link org.entekhabat.tally.Lot}).
 */
public final class CodeOrder {

    private CodeOrder() {}

    public static final Comparator<String> CODES = Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder());

    public static final Comparator<Candidate> CANDIDATES = Comparator.comparing(Candidate::code, CODES);
}
