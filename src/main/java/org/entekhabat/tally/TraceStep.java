package org.entekhabat.tally;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of the count, as it goes into the official minutes (صورتجلسه): a Persian sentence with
 * Persian digits, the same in English, and the numbers it uses (exact, Latin digits; fractions as
 * "n/d"), so a reader or a verifier can redo the arithmetic.
 *
 * @param kind a stable step kind, e.g. "ballots", "quota", "remainder-seat", "lot"
 */
public record TraceStep(int number, String kind, String fa, String en, Map<String, String> numbers) {

    public TraceStep {
        numbers = Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }
}
