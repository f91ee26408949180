package org.entekhabat.training.web;

import java.util.Optional;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionHierarchy;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.training.TrainingSession;
import org.springframework.stereotype.Component;

/**
 * The access rule applied to training: trainers schedule sessions and record attendance in their
 * jurisdiction; trainers, the HQs and governors read sessions and attendance there; everyone
 * signed in sees the sessions around them and takes quizzes as themselves, never as a name sent in
 * a request. Certificates are verified by anyone (public pages and API).
 */
@Component
class TrainingAccess {

    static final Role[] SESSION_READERS = {Role.TRAINER, Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR};

    /** A province and/or county of sessions to list (null = every one). */
    record Area(String provinceId, String countyId) {}

    private final Access access;
    private final JurisdictionHierarchy hierarchy;
    private final Users users;

    TrainingAccess(Access access, JurisdictionHierarchy hierarchy, Users users) {
        this.access = access;
        this.hierarchy = hierarchy;
        this.users = users;
    }

    /** The signed-in user's username: the only name a quiz is ever taken under. */
    String self() {
        return access.requireUser().username();
    }

    boolean isTrainer() {
        return CurrentUser.get().map(u -> u.role() == Role.TRAINER).orElse(false);
    }

    /** A county's jurisdiction; a county id outside the official codes falls to the nation. */
    static Jurisdiction county(String countyId) {
        try {
            return Jurisdiction.county(countyId);
        } catch (DomainException | NullPointerException e) {
            return Jurisdiction.NATION;
        }
    }

    /** Refuses (403) unless a trainer holds the county; an id that is no county code is bad input (400). */
    CurrentUser requireTrainerIn(String countyId) {
        Jurisdiction where = countyId == null ? null : Jurisdiction.county(countyId.strip());
        if (where == null) throw DomainException.badInput("bad-county", "کد شهرستان لازم است.", "A county id is required.");
        return access.requireChange(where, Role.TRAINER);
    }

    CurrentUser requireTrainerOf(TrainingSession s) {
        return access.requireChange(county(s.countyId()), Role.TRAINER);
    }

    CurrentUser requireReadSession(TrainingSession s) {
        access.requireRole(SESSION_READERS);
        return access.requireRead(county(s.countyId()));
    }

    /** A trainee is an account: attendance is recorded for known users only. */
    void requireAccount(String username) {
        if (username == null || users.find(username.strip()).isEmpty()) {
            throw DomainException.badInput("unknown-user", "کاربری با این نام کاربری در سامانه نیست.",
                    "No user account has this username.");
        }
    }

    /**
     * The sessions a user lists: a filter (trainers, HQs and governors, inside their jurisdiction),
     * or by default the user's own area; below a county, the county they are in. Empty: none.
     */
    Optional<Area> sessionsArea(String provinceId, String countyId) {
        CurrentUser user = access.requireUser();
        String province = TrainingApi.blank(provinceId), county = TrainingApi.blank(countyId);
        if (county != null || province != null) {
            access.requireRole(SESSION_READERS);
            if (county != null) {
                access.requireRead(Jurisdiction.county(county));
                return Optional.of(new Area(county.substring(0, 3), county));
            }
            access.requireRead(Jurisdiction.province(province));
            return Optional.of(new Area(province, null));
        }
        Jurisdiction j = user.jurisdiction();
        while (j != null && j.level().ordinal() > JurisdictionLevel.COUNTY.ordinal()) j = hierarchy.parentOf(j).orElse(null);
        if (j == null) return Optional.empty();
        return Optional.of(switch (j.level()) {
            case NATION -> new Area(null, null);
            case PROVINCE -> new Area(j.code(), null);
            default -> new Area(j.code().substring(0, 3), j.code());
        });
    }
}
