package org.entekhabat.voters;

import java.time.Instant;

/**
 * A voter recorded twice: the first claim and the paper-register line that collided with it.
 * The supervisory board (هیات نظارت) decides; nothing is counted twice silently.
 */
public record ParticipationAnomaly(long id, String electionId, String nationalCode,
                                   String firstStation, String firstDevice, Instant firstAt, Channel firstChannel,
                                   String secondStation, String secondDevice, Instant secondAt, Channel secondChannel,
                                   Instant detectedAt, String status) {
}
