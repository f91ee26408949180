package org.entekhabat.boards;

import org.entekhabat.identity.Jurisdiction;

/**
 * Where a candidate's case is decided: the county whose boards handle it and whether it is a village council.
 * A constituency spanning several counties (Tehran, Rey and Tajrish) is handled by the boards of its first
 * county, the seat (our choice; DOMAIN §3 names no rule).
 */
public record CasePlace(String constituencyId, String countyCode, boolean village) {

    public Jurisdiction county() {
        return Jurisdiction.county(countyCode);
    }

    public Jurisdiction province() {
        return Jurisdiction.province(countyCode.substring(0, 3));
    }
}
