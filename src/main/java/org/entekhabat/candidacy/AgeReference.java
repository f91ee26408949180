package org.entekhabat.candidacy;

/**
 * The day on which "25 full years" (Art. 37) is measured. The law's text is not at hand; the common
 * reading is the registration day, so that is the default. Configurable because it is unsourced.
 */
public enum AgeReference {
    REGISTRATION_DAY,
    ELECTION_DAY
}
