package org.entekhabat.stations;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A deficiency found at a station (نارسایی), e.g. "fibre not connected", with the body that owns
 * the fix and a due date; rolled up to the provincial election HQ (ستاد انتخابات استان), seed 002.
 */
public record Deficiency(long id, String stationCode, DeficiencyCategory category, String description,
                         String owner, LocalDate dueDate, DeficiencyStatus status, Instant createdAt,
                         Instant updatedAt, String updatedBy) {

    public boolean blocks() {
        return status != DeficiencyStatus.FIXED;
    }
}
