package org.entekhabat.vetting;

import java.time.Instant;
import java.util.Collection;

/**
 * One inquiry about one candidate to one authority, with its deadline and answer (if any).
 *
 * @param candidate   the candidate's reference
 * @param nationalCode the candidate's national code, what the authority looks up
 * @param authority   which of the five
 * @param sentAt      when it was sent
 * @param deadline    the answer is due by then
 * @param answer      the answer, or null while none has arrived
 */
public record Inquiry(String candidate, String nationalCode, Authority authority, Instant sentAt, Instant deadline,
                      InquiryAnswer answer) {

    public Inquiry withAnswer(InquiryAnswer a) {
        return new Inquiry(candidate, nationalCode, authority, sentAt, deadline, a);
    }

    /** The status at {@code now}: an answer after the deadline is LATE, silence after it is NO_ANSWER. */
    public InquiryStatus status(Instant now) {
        if (answer == null) return now.isBefore(deadline) ? InquiryStatus.PENDING : InquiryStatus.NO_ANSWER;
        if (answer.answeredAt().isAfter(deadline)) return InquiryStatus.LATE;
        return answer.finding() ? InquiryStatus.FINDING : InquiryStatus.CLEAR;
    }

    /** True when every one of the five has answered in time (CLEAR or FINDING). */
    public static boolean allAnsweredInTime(Collection<Inquiry> inquiries, Instant now) {
        return inquiries.size() == Authority.values().length && inquiries.stream()
                .map(i -> i.status(now)).allMatch(s -> s == InquiryStatus.CLEAR || s == InquiryStatus.FINDING);
    }
}
