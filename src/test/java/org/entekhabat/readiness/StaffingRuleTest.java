package org.entekhabat.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.training.Role;
import org.junit.jupiter.api.Test;

class StaffingRuleTest {

    static final List<StaffAssignment> STAFF = List.of(
            new StaffAssignment("ST-1", "ali", "STATION_STAFF"),
            new StaffAssignment("ST-1", "sara", "IT"),
            new StaffAssignment("ST-1", "x", "UNKNOWN_ROLE"));

    @Test
    void aStationWithNoStaffIsFlagged() {
        assertThat(StaffingRule.flagged(List.of(), Map.of(), 1)).isTrue();
    }

    @Test
    void onlyTheCertificateOfTheirOwnRoleCounts() {
        // ali passed the IT course, not the station-staff course he is assigned for
        assertThat(StaffingRule.certified(STAFF, Map.of("ali", Set.of(Role.IT)))).isZero();
        assertThat(StaffingRule.flagged(STAFF, Map.of("ali", Set.of(Role.IT)), 1)).isTrue();
        var both = Map.of("ali", Set.of(Role.STATION_STAFF), "sara", Set.of(Role.IT), "x", Set.of(Role.values()));
        assertThat(StaffingRule.certified(STAFF, both)).isEqualTo(2);
        assertThat(StaffingRule.flagged(STAFF, both, 2)).isFalse();
        assertThat(StaffingRule.flagged(STAFF, both, 3)).isTrue();
    }
}
