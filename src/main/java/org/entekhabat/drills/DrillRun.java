package org.entekhabat.drills;

import java.time.Instant;

/** A drill as stored in {@code drill_run}: its plan, state and overall figures. */
public record DrillRun(String id, String startedBy, String provinceId, String countyId, int stations, int votersPerStation,
                       int ratePerMinute, boolean linkFailure, int parallel, long seed, String sandboxSchema,
                       String status, String phase, Instant startedAt, Instant finishedAt, Double sandboxSeconds,
                       Double daySeconds, Double reportsSeconds, long claims, int reportsAccepted, Double cpuSeconds, Double dbSeconds, String error) {

    public boolean running() {
        return "RUNNING".equals(status);
    }

    /** Voters per minute the whole drill carried during its day (0 while running). */
    public double votersPerMinute(long voters) {
        return daySeconds == null || daySeconds <= 0 ? 0 : voters * 60.0 / daySeconds;
    }
}
