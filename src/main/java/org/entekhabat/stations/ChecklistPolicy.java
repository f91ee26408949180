package org.entekhabat.stations;

/**
 * Thresholds of the checklist. No source gives them (DOMAIN.md §7 only says a stable link is
 * needed), so they are configuration: {@code entekhabat.stations.checklist.*}.
 *
 * @param maxLossPercent    a link test with more loss fails
 * @param maxAvgLatencyMs   a link test slower on average fails
 * @param requirePowerBackup grid power alone is not enough: a UPS or generator must also be ok
 */
public record ChecklistPolicy(int maxLossPercent, int maxAvgLatencyMs, boolean requirePowerBackup) {

    public static final ChecklistPolicy DEFAULT = new ChecklistPolicy(5, 1000, true);

    public ChecklistPolicy {
        if (maxLossPercent < 0 || maxLossPercent > 100) throw new IllegalArgumentException("max loss must be 0..100");
        if (maxAvgLatencyMs <= 0) throw new IllegalArgumentException("max latency must be positive");
    }
}
