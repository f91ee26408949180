package org.entekhabat.identity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may open which accounts, and where. The HQ chain of the Ministry of Interior staffs its own
 * jurisdiction (national HQ anywhere, provincial HQ in its province, a governor station staff and
 * executive-board members in its county); supervisory boards, independent of the executive, open
 * their own members' accounts below them. Everyone else opens none. (SYSTEM.md "Who uses it";
 * the law names the bodies, not the accounts, so this table is ours.)
 */
public final class UserAdministration {

    private static final Map<Role, Set<Role>> MAY_CREATE = Map.of(
            Role.NATIONAL_HQ, EnumSet.allOf(Role.class),
            Role.PROVINCIAL_HQ, EnumSet.of(Role.PROVINCIAL_HQ, Role.GOVERNOR, Role.EXECUTIVE_BOARD,
                    Role.STATION_STAFF, Role.TRAINER),
            Role.GOVERNOR, EnumSet.of(Role.EXECUTIVE_BOARD, Role.STATION_STAFF),
            Role.SUPERVISOR, EnumSet.of(Role.SUPERVISOR));

    /** Roles whose holders may see the list of accounts in their jurisdiction. */
    private static final Set<Role> MAY_LIST = EnumSet.of(Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR,
            Role.SUPERVISOR);

    private UserAdministration() {}

    public static Set<Role> creatableBy(Role creator) {
        return MAY_CREATE.getOrDefault(creator, Set.of());
    }

    public static boolean mayCreate(Role creator, Role created) {
        return creatableBy(creator).contains(created);
    }

    public static Role[] listers() {
        return MAY_LIST.toArray(Role[]::new);
    }
}
