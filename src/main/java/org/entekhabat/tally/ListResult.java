package org.entekhabat.tally;

import java.math.BigInteger;
import java.util.List;

/**
 * One list, or the individuals' bloc, in a proportional count (DOMAIN §5).
 *
 * @param code            the list code, or {@link #BLOC} for the pooled individuals
 * @param votes           the sum of its candidates' votes (§5 steps 2, 3)
 * @param candidates      how many candidates it has: the most seats it can take
 * @param quotas          votes ÷ quota, exact (= votes × seats ÷ total)
 * @param integerPart     the integer part of {@code quotas}
 * @param integerSeats    seats from the integer part, capped at {@code candidates}
 * @param remainder       the fractional part of {@code quotas}
 * @param remainderSeats  seats from the largest remainders
 * @param elected         the codes elected from it, in its internal order
 * @param alternates      under {@link AlternatesPolicy#PROPORTIONAL}, the codes taken as alternates from it
 */
public record ListResult(String code, String name, long votes, int candidates, Fraction quotas,
                         BigInteger integerPart, int integerSeats, Fraction remainder, int remainderSeats,
                         List<String> elected, List<String> alternates) {

    /** The code of the individuals' bloc (منفردین). */
    public static final String BLOC = "INDIVIDUALS";

    public ListResult {
        elected = List.copyOf(elected);
        alternates = List.copyOf(alternates);
    }

    public int seats() { return integerSeats + remainderSeats; }

    public boolean bloc() { return BLOC.equals(code); }
}
