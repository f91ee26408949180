package org.entekhabat.candidacy;

import java.time.LocalDate;

/**
 * An Art. 41 office the candidate held when the resignation window opened.
 *
 * @param office                 which office
 * @param resignationAcceptedOn  the day the resignation was accepted, or null if it was not (yet)
 */
public record HeldOffice(Art41Office office, LocalDate resignationAcceptedOn) {

    public HeldOffice {
        if (office == null) throw new IllegalArgumentException("held office needs an office");
    }
}
