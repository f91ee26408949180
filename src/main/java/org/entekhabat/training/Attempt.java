package org.entekhabat.training;

import java.time.Instant;
import java.util.List;

/** One quiz attempt (آزمون): its questions, deadline and, once submitted, its result. */
public record Attempt(long id, String courseId, String username, Instant startedAt, Instant deadline,
                      List<Long> questionIds, AttemptStatus status, Instant submittedAt, Integer correct,
                      Integer total, boolean passed, boolean late) {

    public Attempt {
        questionIds = List.copyOf(questionIds);
    }

    /** Still open and within its deadline plus grace at {@code now}. */
    public boolean openAt(Instant now, java.time.Duration grace) {
        return status == AttemptStatus.OPEN && !now.isAfter(deadline.plus(grace));
    }
}
