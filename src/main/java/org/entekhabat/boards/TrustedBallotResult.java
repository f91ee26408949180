package org.entekhabat.boards;

import java.time.Instant;

/** The stored count of a trusted-member ballot: the lot seed fixed before it, its draws and the minutes. */
public record TrustedBallotResult(String boardId, String lotSeed, String draws, String minutesFa, String minutesEn,
                                  Instant countedAt, String countedBy) {}
