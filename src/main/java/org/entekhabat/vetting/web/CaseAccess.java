package org.entekhabat.vetting.web;

import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.VettingService;
import org.springframework.stereotype.Component;

/** Who may read a vetting case as staff: boards, supervisors, governors and HQ whose jurisdiction covers it. */
@Component
class CaseAccess {

    static final Role[] STAFF = {Role.EXECUTIVE_BOARD, Role.SUPERVISOR, Role.GOVERNOR, Role.PROVINCIAL_HQ, Role.NATIONAL_HQ};

    private final Access access;
    private final VettingService vetting;

    CaseAccess(Access access, VettingService vetting) {
        this.access = access;
        this.vetting = vetting;
    }

    CurrentUser requireStaffRead(String candidate) {
        access.requireRole(STAFF);
        var subject = vetting.subject(candidate).orElseThrow(() -> DomainException.notFound("vetting.no-case",
                "پرونده‌ای برای این داوطلب یافت نشد.", "No vetting case for this candidate."));
        return access.requireRead(jurisdiction(subject.constituencyId()));
    }

    static Jurisdiction jurisdiction(String constituencyId) {
        return Jurisdiction.constituency(constituencyId);
    }
}
