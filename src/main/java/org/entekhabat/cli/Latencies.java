package org.entekhabat.cli;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples (nanoseconds) from several threads, and the figures we report. */
final class Latencies {

    private final long[] sorted;
    private final double seconds;

    Latencies(long[][] perThread, long wallNanos) {
        this.sorted = Arrays.stream(perThread).flatMapToLong(Arrays::stream).sorted().toArray();
        this.seconds = wallNanos / 1e9;
    }

    int count() { return sorted.length; }

    double perSecond() { return sorted.length / seconds; }

    double percentileMs(double p) {
        if (sorted.length == 0) return 0;
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
    }

    String line(String name) {
        return String.format(Locale.ROOT, "%-34s %8d ops in %6.2f s = %9.0f ops/s   p50 %7.3f ms   p99 %7.3f ms   max %8.3f ms",
                name, count(), seconds, perSecond(), percentileMs(50), percentileMs(99), percentileMs(100));
    }

    String json(String name) {
        return String.format(Locale.ROOT,
                "{\"name\":\"%s\",\"ops\":%d,\"seconds\":%.3f,\"opsPerSecond\":%.1f,\"p50Ms\":%.3f,\"p99Ms\":%.3f,\"maxMs\":%.3f}",
                name, count(), seconds, perSecond(), percentileMs(50), percentileMs(99), percentileMs(100));
    }
}
