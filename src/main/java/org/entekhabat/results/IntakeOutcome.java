package org.entekhabat.results;

/**
 * What central did with a signed station report: ACCEPTED (stored and published at {@code version}),
 * DUPLICATE (the same report again: nothing changed), CONFLICT (a different report for a station that
 * already has one: refused and flagged for the supervisory board).
 */
public record IntakeOutcome(Kind kind, String stationCode, String reportHash, long version) {

    public enum Kind { ACCEPTED, DUPLICATE, CONFLICT }
}
