package org.entekhabat.results;

/**
 * A counting rule: from a contest's totals and definition to its main members and alternates.
 * Pure (no I/O, no clock), exact integers, deterministic: the same totals give the same allocation,
 * so the published seats can be recomputed by anyone.
 * <p>
 * The results module ships {@link PluralitySeatAllocator}; the tally module's full rules (Hare quota
 * with largest remainder for Tehran, tie-breaks with veterans and degrees, recorded lots, traces)
 * replace it by providing a {@code SeatAllocator} bean marked {@code @Primary}.
 */
public interface SeatAllocator {

    Allocation allocate(ContestTotals totals, ContestDefinition def);
}
