package org.entekhabat.stations;

import java.util.List;
import java.util.Map;

/**
 * The checklist rolled up for the provincial election HQ (ستاد انتخابات استان): per county,
 * how many stations are complete, what blocks the rest, and the open deficiencies.
 */
public record ChecklistRollup(String provinceId, String countyId, List<CountySummary> counties,
                              List<Deficiency> openDeficiencies, boolean finalised) {

    public record CountySummary(String countyId, int stations, int complete, int openDeficiencies,
                                int overdueDeficiencies, Map<BlockerCode, Integer> blockers) {

        public boolean finalised() {
            return stations > 0 && complete == stations;
        }
    }

    public int stations() {
        return counties.stream().mapToInt(CountySummary::stations).sum();
    }

    public int complete() {
        return counties.stream().mapToInt(CountySummary::complete).sum();
    }
}
