package org.entekhabat.vetting;

import java.time.Instant;
import java.util.Optional;

/**
 * The adapter to the five inquiry authorities. Production connects each to its real channel; the
 * {@link InquiryAuthoritySimulator} stands in for all five in the demo, drills and tests.
 */
public interface InquiryAuthority {

    /** The answer to {@code inquiry} known at {@code now}, or empty while none has arrived. */
    Optional<InquiryAnswer> answer(Inquiry inquiry, Instant now);

    /** Reminds the authority that {@code inquiry} is still unanswered ({@code kind}: see {@link ReminderRule#kind}). */
    void remind(Inquiry inquiry, String kind, Instant now);
}
