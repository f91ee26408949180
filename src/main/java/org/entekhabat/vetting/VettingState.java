package org.entekhabat.vetting;

import java.time.Instant;

/** Where a candidate's vetting stands; each state holds only what the next step needs. */
public sealed interface VettingState {

    VettingStage stage();

    record Registered() implements VettingState {
        public VettingStage stage() { return VettingStage.REGISTERED; }
    }

    /** Names sent to the five authorities; the board may decide once all answered or the deadline passed. */
    record InquiriesPending(Instant sentAt, Instant deadline) implements VettingState {
        public VettingStage stage() { return VettingStage.INQUIRIES_PENDING; }
    }

    record ExecutiveDecided(Decision decision) implements VettingState {
        public VettingStage stage() { return VettingStage.EXECUTIVE_DECIDED; }
    }

    /** The county board confirmed the executive board's verdict or overturned it. */
    record CountyReviewed(Decision decision, boolean overturned) implements VettingState {
        public VettingStage stage() { return VettingStage.COUNTY_SUPERVISORY; }
    }

    record InitialResult(Verdict verdict, Instant publishedAt, Instant objectionDeadline) implements VettingState {
        public VettingStage stage() { return VettingStage.INITIAL_RESULT; }
    }

    record Objection(Instant filedAt, String text) implements VettingState {
        public VettingStage stage() { return VettingStage.OBJECTION; }
    }

    record ProvincialDecided(Decision decision) implements VettingState {
        public VettingStage stage() { return VettingStage.PROVINCIAL_DECIDED; }
    }

    record Final(Verdict verdict) implements VettingState {
        public VettingStage stage() { return VettingStage.FINAL; }
    }
}
