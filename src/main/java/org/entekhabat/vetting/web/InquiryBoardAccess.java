package org.entekhabat.vetting.web;

import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who sees a county's inquiry board: its executive board, governor, supervisors and HQ above it.
 * Sending reminders by hand is for those who run the elections (executive board, governor, HQ), not supervisors.
 */
@Component
class InquiryBoardAccess {

    static final Role[] READERS = {Role.EXECUTIVE_BOARD, Role.GOVERNOR, Role.SUPERVISOR, Role.PROVINCIAL_HQ, Role.NATIONAL_HQ};
    static final Role[] SENDERS = {Role.EXECUTIVE_BOARD, Role.GOVERNOR, Role.PROVINCIAL_HQ, Role.NATIONAL_HQ};

    private final Access access;

    InquiryBoardAccess(Access access) {
        this.access = access;
    }

    /** The county's code once the signed-in user may read it (400 for a malformed code, 401/403 otherwise). */
    String requireRead(String county) {
        var where = Jurisdiction.county(county);
        access.requireRole(READERS);
        access.requireRead(where);
        return where.code();
    }

    CurrentUser requireSend(String county) {
        return access.requireChange(Jurisdiction.county(county), SENDERS);
    }

    boolean canSend() {
        return CurrentUser.get().map(u -> java.util.Arrays.asList(SENDERS).contains(u.role())).orElse(false);
    }
}
