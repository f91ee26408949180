package org.entekhabat.tally;

import java.util.Map;
import java.util.TreeMap;

/**
 * Council size → number of alternates (علی‌البدل). The default is the city table of the 1395
 * amendment, still cited by MOI in 1400 (5→3, 7→5, 9→6, 11→7, 13→8, 15→10, Tehran 21→11
 * [S24]-[S27]) with the village/district sizes of amended Art 4 (3→2, 5→3 [S28][S29]).
 * DOMAIN §1 marks the city table as not confirmed for 1405, so another table can be passed in.
 * Note: a 5-seat city council and a 5-seat village council both have 3 alternates, so one table serves both.
 */
public record AlternatesTable(Map<Integer, Integer> alternatesBySeats) {

    public static final AlternatesTable DEFAULT = new AlternatesTable(
            Map.of(3, 2, 5, 3, 7, 5, 9, 6, 11, 7, 13, 8, 15, 10, 21, 11));

    public AlternatesTable {
        alternatesBySeats = Map.copyOf(new TreeMap<>(alternatesBySeats));
        alternatesBySeats.forEach((s, a) -> {
            if (s < 1 || a < 0) throw new IllegalArgumentException("bad table row " + s + " → " + a);
        });
    }

    public int alternatesFor(int seats) {
        Integer a = alternatesBySeats.get(seats);
        if (a == null) throw new IllegalArgumentException("no alternates row for a council of " + seats + " seats");
        return a;
    }
}
