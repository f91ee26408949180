package org.entekhabat.readiness;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.stations.StaffAssignment;
import org.entekhabat.training.Role;

/**
 * A station is flagged when fewer of its assigned staff than the minimum hold the certificate of
 * the course for their own role. Seed 002 asks that staff be trained and tested before the day;
 * the minimum is configuration ({@code entekhabat.readiness.min-certified-staff}, default 1).
 */
public final class StaffingRule {

    private StaffingRule() {}

    public static int certified(List<StaffAssignment> staff, Map<String, Set<Role>> certifiedRoles) {
        int n = 0;
        for (StaffAssignment a : staff) {
            Role role = role(a.role());
            if (role != null && certifiedRoles.getOrDefault(a.username(), Set.of()).contains(role)) n++;
        }
        return n;
    }

    public static boolean flagged(List<StaffAssignment> staff, Map<String, Set<Role>> certifiedRoles, int minCertified) {
        return certified(staff, certifiedRoles) < minCertified;
    }

    private static Role role(String code) {
        for (Role r : Role.values()) if (r.name().equals(code)) return r;
        return null;
    }
}
