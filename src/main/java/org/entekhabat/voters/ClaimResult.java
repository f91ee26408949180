package org.entekhabat.voters;

import java.time.Instant;

/** The answer of the participation ledger to a station's claim of a voter. */
public sealed interface ClaimResult {

    /** This station won: the voter may vote here. */
    record Claimed(String stationCode, Instant at) implements ClaimResult {}

    /** The voter has already voted (or is voting) elsewhere: where, when and how. */
    record AlreadyVoted(String stationCode, Instant at, Channel channel) implements ClaimResult {}
}
