package org.entekhabat.drills.internal;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.entekhabat.drills.DrillProgress;

/** A running drill's counters, updated by the station threads and read by the progress line and bar. */
public final class Tracker {

    private final String runId;
    private final long votersTotal;
    private final int stationsTotal;
    private final long startNanos = System.nanoTime();
    volatile String phase = "PREPARING";
    volatile String status = "RUNNING";
    final AtomicLong votersDone = new AtomicLong();
    final AtomicLong claims = new AtomicLong();
    final AtomicLong paperVoters = new AtomicLong();
    final AtomicInteger stationsClosed = new AtomicInteger();
    final AtomicInteger reportsAccepted = new AtomicInteger();
    final AtomicInteger problems = new AtomicInteger();
    final AtomicLong firstReportNanos = new AtomicLong(Long.MAX_VALUE);
    final AtomicLong lastReportNanos = new AtomicLong();
    /** Codes claimed electronically so far, with their station: the pool a "double voter" comes from. */
    final ConcurrentLinkedQueue<String[]> claimed = new ConcurrentLinkedQueue<>();
    final AtomicInteger claimedKept = new AtomicInteger();

    public Tracker(String runId, long votersTotal, int stationsTotal) {
        this.runId = runId;
        this.votersTotal = votersTotal;
        this.stationsTotal = stationsTotal;
    }

    public DrillProgress snapshot() {
        return new DrillProgress(runId, status, phase, votersDone.get(), votersTotal, stationsTotal, stationsClosed.get(),
                reportsAccepted.get(), claims.get(), paperVoters.get(), problems.get(), (System.nanoTime() - startNanos) / 1e9);
    }

    void rememberClaim(String code, String station) {
        if (claimedKept.incrementAndGet() <= 10_000) claimed.add(new String[] {code, station});
    }

    /** A code some other station has already claimed, or null. */
    String claimedElsewhere(String station) {
        for (var c : claimed) if (!c[1].equals(station)) return c[0];
        return null;
    }

    void reportAnswered(long startNanos, long endNanos) {
        firstReportNanos.accumulateAndGet(startNanos, Math::min);
        lastReportNanos.accumulateAndGet(endNanos, Math::max);
    }

    Double reportsSeconds() {
        long first = firstReportNanos.get(), last = lastReportNanos.get();
        return first == Long.MAX_VALUE || last < first ? null : (last - first) / 1e9;
    }
}
