package org.entekhabat.candidacy.web;

import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.RegistrationStatistics;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/**
 * Who may see registration statistics, and of what: the national HQ everything, a provincial HQ its
 * province, a governor their county. Narrowing to one constituency is allowed only inside that scope.
 */
@Component
class StatisticsAccess {

    private final CandidateRegistrations registrations;
    private final Access access;

    StatisticsAccess(CandidateRegistrations registrations, Access access) {
        this.registrations = registrations;
        this.access = access;
    }

    /** The figures and a label of the scope they cover. */
    record Scoped(RegistrationStatistics statistics, Jurisdiction scope, String constituency) {}

    Scoped statistics(String constituencyId) {
        CurrentUser user = access.requireRole(Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR);
        Jurisdiction j = user.jurisdiction();
        Integer province = null;
        Long county = null;
        switch (j.level()) {
            case NATION -> { }
            case PROVINCE -> province = Integer.valueOf(j.code());
            case COUNTY -> county = Long.valueOf(j.code());
            default -> throw new DomainException(403, "forbidden-jurisdiction", "آمار ثبت‌نام در این سطح در دسترس نیست.",
                    "Registration statistics are not available at this level.");
        }
        String only = constituencyId == null || constituencyId.isBlank() ? null : constituencyId.strip();
        if (only != null) {
            var c = registrations.findConstituency(only).orElseThrow(() -> DomainException.notFound("candidacy.constituency",
                    "حوزه‌ای با این شناسه نیست.", "No such constituency."));
            boolean inside = province == null && county == null
                    || province != null && c.provinceId() == province
                    || county != null && c.countyId() == county;
            if (!inside) {
                throw new DomainException(403, "forbidden-jurisdiction", "این حوزه در حوزهٔ مسئولیت شما نیست.",
                        "This constituency is outside your jurisdiction.");
            }
        }
        return new Scoped(registrations.statistics(province, county, only), j, only);
    }
}
