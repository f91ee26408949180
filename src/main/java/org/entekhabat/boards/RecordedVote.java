package org.entekhabat.boards;

import java.time.Instant;
import java.util.Set;

/** A vote in the board's minutes: the motion, who was present and who voted for it, and the result. */
public record RecordedVote(long id, String boardId, String subject, String motion, boolean passed, int required,
                           Instant decidedAt, String recordedBy, Set<String> present, Set<String> inFavour) {}
