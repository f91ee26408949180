package org.entekhabat.drills.web;

import org.entekhabat.drills.DrillRun;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;

/** Who may run and read drills: the national HQ anywhere, a provincial HQ in its province. */
final class DrillScope {

    static final Role[] ROLES = {Role.NATIONAL_HQ, Role.PROVINCIAL_HQ};

    private DrillScope() {}

    static Jurisdiction of(String provinceId, String countyId) {
        if (countyId != null && !countyId.isBlank()) return Jurisdiction.county(countyId);
        if (provinceId != null && !provinceId.isBlank()) return Jurisdiction.province(provinceId);
        return Jurisdiction.NATION;
    }

    static Jurisdiction of(DrillRun run) {
        return of(run.provinceId(), run.countyId());
    }

    static CurrentUser requireStart(Access access, String provinceId, String countyId) {
        return access.requireChange(of(provinceId, countyId), ROLES);
    }

    static CurrentUser requireRead(Access access, DrillRun run) {
        access.requireRole(ROLES);
        return access.requireRead(of(run));
    }

    static boolean canRead(Access access, DrillRun run) {
        return access.canRead(of(run));
    }
}
