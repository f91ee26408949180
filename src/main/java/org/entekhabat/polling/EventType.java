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
    RECOVERY,

    // --- the station node's election day (polling.node) ---
    /** A staff member signed in on the node (staff id). */
    STAFF_SIGN_IN,
    /** Voting hours extended: until when, who approved it (name and authority), which staff recorded it. */
    EXTENSION,
    /** The link to central was pointed elsewhere (fibre → SIM, …): the new URL. */
    LINK_CHANGED,
    /** A line of the manual register (paper process): its number and the SHA-256 of the salted line, never the code. */
    PAPER_VOTER,
    /** After the paper register was uploaded, the station went back to electronic voting. */
    BACK_TO_ELECTRONIC,
    /** The manual register was uploaded to central: lines up to n, and what central made of them. */
    PAPER_REGISTER_SENT,
    /** One of the two entries of the paper counts (entry 1 or 2, staff, the counts as JSON). */
    PAPER_COUNT_ENTRY,
    /** The two entries differ: both are discarded and entered again. */
    PAPER_COUNT_MISMATCH,
    /** The two entries match: these paper counts count. */
    PAPER_COUNT_AGREED,
    /** A station report was signed: kind (ZERO or CLOSE), hash, canonical text, signature. */
    REPORT_SIGNED,
    /** Central accepted the report (HTTP status, outcome). */
    REPORT_SENT,
    /** Central refused the report for good (e.g. 409: another report exists). */
    REPORT_REFUSED,
    /** A token was withdrawn before use (its short code collided with another open token). */
    TOKEN_VOIDED
}
