package org.entekhabat.boards.internal;

import java.util.List;
import org.entekhabat.boards.CasePlace;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Elections;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Component;

/** Finds the county of a constituency in the current election, and a county's council constituencies. */
@Component
public class CasePlaces {

    private final Elections elections;

    CasePlaces(Elections elections) {
        this.elections = elections;
    }

    public CasePlace of(String constituencyId) {
        var c = elections.constituency(constituencyId);
        if (!council(c.kind()) || c.countyIds().isEmpty()) {
            throw DomainException.conflict("boards.not-a-council", "پرونده‌های این حوزه در هیأت‌های اجرایی شوراها بررسی نمی‌شود.",
                    "Cases of this constituency are not decided by the council boards.");
        }
        return new CasePlace(constituencyId, Long.toString(c.countyIds().getFirst()), c.kind() == ConstituencyKind.VILLAGE_COUNCIL);
    }

    /** The council constituencies whose cases the boards of this county handle. */
    public List<String> constituenciesOf(String countyCode) {
        long county = Long.parseLong(countyCode);
        int province = Integer.parseInt(countyCode.substring(0, 3));
        return elections.contestsOfCounty(county, province).stream().filter(k -> council(k.kind()))
                .filter(k -> k.kind() != ConstituencyKind.LIST_PR_COUNCIL
                        || elections.constituency(k.id()).countyIds().getFirst() == county)
                .map(k -> k.id()).toList();
    }

    /** The council constituencies of a province. */
    public List<String> constituenciesOfProvince(String provinceCode) {
        return elections.contestsOfProvince(Integer.parseInt(provinceCode)).stream().filter(k -> council(k.kind()))
                .map(k -> k.id()).toList();
    }

    private static boolean council(ConstituencyKind k) {
        return k == ConstituencyKind.CITY_COUNCIL || k == ConstituencyKind.VILLAGE_COUNCIL || k == ConstituencyKind.LIST_PR_COUNCIL;
    }
}
