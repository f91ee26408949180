package org.entekhabat.voters;

import java.time.Instant;

/**
 * What the ledger made of one paper-register line.
 *
 * @param existingStation for a collision: the station of the claim that was there first
 * @param existingAt      for a collision: its time
 */
public record PaperOutcome(String nationalCode, Kind kind, String existingStation, Instant existingAt) {

    public enum Kind {
        /** New: the voter is now in the ledger as having voted on paper here. */
        RECORDED,
        /** The same line was uploaded before (a retry): nothing changed. */
        ALREADY_RECORDED,
        /** The voter had already voted elsewhere (or earlier here): sent to the anomaly queue. */
        COLLISION
    }
}
