package org.entekhabat.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Service;

/**
 * The access rule every page and endpoint applies: a user may read what lies in their
 * jurisdiction, and change it only if their role is one the action allows. Refusals are
 * {@link DomainException}s (401 for nobody signed in, 403 naming the missing right), thrown
 * before anything is written.
 */
@Service
public class Access {

    private final JurisdictionHierarchy hierarchy;

    public Access(JurisdictionHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    public boolean covers(Jurisdiction outer, Jurisdiction inner) {
        return hierarchy.covers(outer, inner);
    }

    public boolean canRead(Jurisdiction target) {
        return CurrentUser.get().map(u -> covers(u.jurisdiction(), target)).orElse(false);
    }

    public CurrentUser requireUser() {
        return CurrentUser.get().orElseThrow(() -> new DomainException(401, "unauthenticated",
                "برای این کار باید وارد سامانه شوید.", "You must sign in to do this."));
    }

    /** Refuses unless the signed-in user's jurisdiction covers the target. */
    public CurrentUser requireRead(Jurisdiction target) {
        CurrentUser user = requireUser();
        if (!covers(user.jurisdiction(), target)) throw outside(user, target, "خواندن اطلاعات", "read");
        return user;
    }

    /** Refuses unless the signed-in user holds one of the roles, whatever the jurisdiction. */
    public CurrentUser requireRole(Role... allowed) {
        CurrentUser user = requireUser();
        if (Arrays.stream(allowed).noneMatch(r -> r == user.role())) throw forbiddenRole(user, allowed);
        return user;
    }

    /**
     * Refuses unless the target lies in the user's jurisdiction and the user holds one of the
     * allowed roles (any role when none is named).
     */
    public CurrentUser requireChange(Jurisdiction target, Role... allowed) {
        CurrentUser user = requireUser();
        if (allowed.length > 0 && Arrays.stream(allowed).noneMatch(r -> r == user.role())) {
            throw forbiddenRole(user, allowed);
        }
        if (!covers(user.jurisdiction(), target)) throw outside(user, target, "تغییر اطلاعات", "change");
        return user;
    }

    private static DomainException forbiddenRole(CurrentUser user, Role... allowed) {
        return new DomainException(403, "forbidden-role",
                "نقش «" + user.role().fa() + "» حق این کار را ندارد؛ این کار ویژهٔ "
                        + Arrays.stream(allowed).map(r -> "«" + r.fa() + "»").collect(Collectors.joining("، ")) + " است.",
                "The role '" + user.role().en() + "' may not do this; it needs "
                        + Arrays.stream(allowed).map(Role::en).collect(Collectors.joining(", ")) + ".");
    }

    private static DomainException outside(CurrentUser user, Jurisdiction target, String rightFa, String rightEn) {
        return new DomainException(403, "forbidden-jurisdiction",
                "حق " + rightFa + " «" + target.fa() + "» را ندارید؛ حوزهٔ مسئولیت شما «"
                        + user.jurisdiction().fa() + "» است.",
                "You have no right to " + rightEn + " data of " + target.en() + "; your jurisdiction is "
                        + user.jurisdiction().en() + ".");
    }
}
