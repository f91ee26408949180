package org.entekhabat.vetting;

import java.time.Instant;

/**
 * What an authority answered: nothing on record (CLEAR) or a finding with its text.
 *
 * @param answeredAt when the answer arrived
 * @param finding    true if the authority reports something
 * @param text       the finding's text (empty for a clear answer)
 */
public record InquiryAnswer(Instant answeredAt, boolean finding, String text) {

    public InquiryAnswer {
        if (answeredAt == null) throw new IllegalArgumentException("answer needs a time");
        text = text == null ? "" : text;
        if (finding && text.isBlank()) throw new IllegalArgumentException("a finding needs its text");
    }

    public static InquiryAnswer clear(Instant at) {
        return new InquiryAnswer(at, false, "");
    }

    public static InquiryAnswer finding(Instant at, String text) {
        return new InquiryAnswer(at, true, text);
    }
}
