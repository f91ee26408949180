package org.entekhabat.boards;

import java.time.Instant;

/**
 * A seat on a board held by an identity account.
 *
 * @param rank  place in the trusted ballot (trusted 1..8, alternates 1..5), null otherwise
 * @param votes votes received in that ballot, null otherwise
 */
public record Member(String boardId, String username, SeatKind seat, String title, Integer rank, Long votes,
                     Instant since, String addedBy) {}
