package org.entekhabat.stations;

import java.time.Instant;

/**
 * One link test run from the station's node: round trips to central. Times in milliseconds;
 * min/avg/max are null when every sample was lost.
 */
public record LinkTest(long id, String stationCode, LinkType linkType, int samples, int lost,
                       Double minMs, Double avgMs, Double maxMs, Instant testedAt, String reportedBy) {

    /** Loss as an exact percentage fraction: lost * 100 / samples, compared without floating point. */
    public boolean lossAtMost(int percent) {
        return (long) lost * 100 <= (long) percent * samples;
    }

    public double lossPercent() {
        return samples == 0 ? 100 : lost * 100.0 / samples;
    }
}
