package org.entekhabat.training;

import java.util.Map;

/**
 * Training in one county: registered trainees, and per role how many attended a session of the
 * role's course (trained) and how many hold its certificate (passed).
 */
public record CountyTraining(String countyId, int trainees, Map<Role, RoleCounts> byRole) {

    public record RoleCounts(int trained, int passed) {
        public static final RoleCounts NONE = new RoleCounts(0, 0);
    }

    public RoleCounts of(Role role) {
        return byRole.getOrDefault(role, RoleCounts.NONE);
    }
}
