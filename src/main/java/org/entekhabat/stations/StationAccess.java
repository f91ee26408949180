package org.entekhabat.stations;

import java.util.Optional;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionHierarchy;
import org.entekhabat.identity.JurisdictionLevel;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * The access rule applied to stations (SYSTEM.md, "Who uses it"): the election HQs and governors
 * read and change the stations of their jurisdiction; station staff read their own station (their
 * jurisdiction is the station, or its county). A station lies in its county ({@code STATION:code}
 * has the parent {@code COUNTY:id}, contributed to identity by this module). Refusals are thrown
 * before anything is written.
 */
@Component
public class StationAccess {

    /** Who reads the registry and checklists. */
    public static final Role[] READERS = {Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR, Role.STATION_STAFF};
    /** Who changes the registry and checklists, and reads the roll-ups. */
    public static final Role[] MANAGERS = {Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR};

    /** A province and/or county to list (null = every one); what a user's list is cut to. */
    public record Area(String provinceId, String countyId) {
        public static final Area NATION = new Area(null, null);
    }

    private final Access access;
    private final JurisdictionHierarchy hierarchy;

    StationAccess(Access access, JurisdictionHierarchy hierarchy) {
        this.access = access;
        this.hierarchy = hierarchy;
    }

    public static Jurisdiction jurisdiction(Station s) {
        return Jurisdiction.station(s.code());
    }

    /** The county as a jurisdiction; empty for an id that is no official county code. */
    public static Optional<Jurisdiction> county(String countyId) {
        try {
            return countyId == null ? Optional.empty() : Optional.of(Jurisdiction.county(countyId));
        } catch (DomainException e) {
            return Optional.empty();
        }
    }

    public CurrentUser requireRead(Station s) {
        access.requireRole(READERS);
        return access.requireRead(jurisdiction(s));
    }

    public CurrentUser requireChange(Station s) {
        return access.requireChange(jurisdiction(s), MANAGERS);
    }

    /** True when the user may see the station (role aside). Cheap for users at county level or above. */
    public boolean visible(CurrentUser user, Station s) {
        Jurisdiction j = user.jurisdiction();
        if (j.level() == JurisdictionLevel.NATION) return true;
        if (j.level().ordinal() <= JurisdictionLevel.COUNTY.ordinal()) {
            return county(s.countyId()).map(c -> access.covers(j, c)).orElse(false);
        }
        return access.covers(j, jurisdiction(s));
    }

    public boolean canChange(Station s) {
        return CurrentUser.get().filter(u -> java.util.Arrays.asList(MANAGERS).contains(u.role()))
                .map(u -> visible(u, s)).orElse(false);
    }

    /**
     * The area a list shows: the filter asked for, if the user may read it (else 403), or the
     * user's own jurisdiction when none was asked. Empty when the user's jurisdiction lies below
     * any county this system can place.
     */
    public Optional<Area> area(String provinceId, String countyId, Role... roles) {
        CurrentUser user = access.requireRole(roles);
        String province = blankToNull(provinceId), county = blankToNull(countyId);
        if (county != null) {
            access.requireRead(Jurisdiction.county(county));
            return Optional.of(new Area(county.substring(0, 3), county));
        }
        if (province != null) {
            access.requireRead(Jurisdiction.province(province));
            return Optional.of(new Area(province, null));
        }
        return home(user.jurisdiction());
    }

    /** The area of a roll-up for a manager (HQ or governor): the filter asked for, else their own. */
    public Area managedArea(String provinceId, String countyId) {
        return area(provinceId, countyId, MANAGERS).orElseThrow(() -> new DomainException(403, "forbidden-jurisdiction",
                "حوزهٔ مسئولیت شما در هیچ شهرستانی جای ندارد.", "Your jurisdiction lies in no county."));
    }

    /** The area of a jurisdiction: itself from county up; below, the county it lies in. */
    public Optional<Area> home(Jurisdiction j) {
        Jurisdiction current = j;
        while (current != null && current.level().ordinal() > JurisdictionLevel.COUNTY.ordinal()) {
            current = hierarchy.parentOf(current).orElse(null);
        }
        if (current == null) return Optional.empty();
        return Optional.of(switch (current.level()) {
            case NATION -> Area.NATION;
            case PROVINCE -> new Area(current.code(), null);
            default -> new Area(current.code().substring(0, 3), current.code());
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
