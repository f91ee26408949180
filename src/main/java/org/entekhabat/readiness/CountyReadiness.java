package org.entekhabat.readiness;

import java.util.List;
import java.util.Map;
import org.entekhabat.training.CountyTraining;
import org.entekhabat.training.Role;

/**
 * Readiness of one county: its stations, how many have a complete checklist, open deficiencies,
 * the stations flagged for lacking certified staff, and training by role.
 */
public record CountyReadiness(String provinceId, String countyId, String countyName, int stations,
                              int checklistsComplete, int openDeficiencies, List<String> flaggedStations,
                              int trainees, Map<Role, CountyTraining.RoleCounts> training) {

    public int flagged() {
        return flaggedStations.size();
    }

    public int trained(Role role) {
        return training.getOrDefault(role, CountyTraining.RoleCounts.NONE).trained();
    }

    public int passed(Role role) {
        return training.getOrDefault(role, CountyTraining.RoleCounts.NONE).passed();
    }

    /** Stations with certified staff, as a share of all stations (0 when there are none). */
    public int staffedPercent() {
        return stations == 0 ? 0 : (stations - flagged()) * 100 / stations;
    }
}
