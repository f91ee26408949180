package org.entekhabat.polling;

/**
 * The kinds of station events the journal records. The journal stores the name as text, so a
 * verifier of an older version still reads journals with newer kinds.
 */
public enum EventType {
    /** First entry of every journal: which device and key write it. */
    GENESIS,
    /** Staff opened the station (who, when). */
    OPEN,
    /** The signed zero report: all counters empty before the first voter. */
    ZERO_REPORT,
    /** A voter was authenticated and claimed at central; payload: token id only, never the national code. */
    AUTHENTICATED,
    /** The voting terminal is about to write a ballot to the box; payload: token id. */
    BALLOT_BEGIN,
    /** The ballot is in the box and fsync'd; payload: token id (and "recovered" after a crash). */
    BALLOT_CAST,
    /** Recovery found a BALLOT_BEGIN whose ballot never reached the box: the token stays unspent. */
    BALLOT_NOT_CAST,
    /** The box was full and was re-laid out at twice the size. */
    BOX_GROWN,
    /** The link to central is down: the paper process takes over. */
    SWITCH_TO_PAPER,
    /** Polls closed (with extensions and who approved them). */
    CLOSE,
    /** Opening found a torn tail and cut it: payload says what was cut and where it is kept. */
    RECOVERY
}
