package org.entekhabat.voters;

import java.time.Instant;
import org.entekhabat.registry.NationalCode;

/** One line of a station's manual register (paper process): who voted on paper and when. */
public record PaperEntry(NationalCode code, Instant votedAt, Demographics who) {

    public PaperEntry(NationalCode code, Instant votedAt) {
        this(code, votedAt, null);
    }
}
