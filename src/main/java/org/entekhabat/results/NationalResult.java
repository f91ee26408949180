package org.entekhabat.results;

import java.util.List;
import java.util.Map;

/** Every contest's totals and seats with the county, province and nation sums, at one publication version. */
public record NationalResult(long version, List<RegionSummary> regions, Map<String, ContestTotals> totals,
                             Map<String, Allocation> seats) {}
