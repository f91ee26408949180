package org.entekhabat.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackage.ContestKind;
import org.junit.jupiter.api.Test;

/** Ballot styles of a built package: the full ballot and each ballot without some by-elections. */
class PackageAssemblyTest {

    private static StationPackage.Contest contest(String id, ContestKind kind) {
        return new StationPackage.Contest(id, "نام " + id, id, kind, 1, false,
                List.of(new StationPackage.Candidate("101", "نامزد", null)), List.of());
    }

    @Test
    void councilWithTwoByElectionsGivesFourStylesCouncilAlwaysIn() {
        var council = contest("CITY-1030003001156", ContestKind.CITY_COUNCIL);
        var majlis = contest("MAJLIS-tabriz", ContestKind.MAJLIS_BY_ELECTION);
        var experts = contest("EXPERTS-103", ContestKind.EXPERTS_BY_ELECTION);
        var styles = PackageAssembly.styles(List.of(council, majlis, experts));
        assertThat(styles).extracting(StationPackage.BallotStyle::id).containsExactly(
                "CITY-1030003001156_MAJLIS-tabriz_EXPERTS-103", "CITY-1030003001156_EXPERTS-103",
                "CITY-1030003001156_MAJLIS-tabriz", "CITY-1030003001156");
        assertThat(styles.getFirst().contestIds()).containsExactly("CITY-1030003001156", "MAJLIS-tabriz", "EXPERTS-103");
        var p = new StationPackage("1405", java.time.LocalDate.of(2026, 5, 1), "ST-1", "", "103", "1030003", 0, styles);
        assertThat(p.problems()).isEmpty();
        assertThat(p.styleFor(Set.of("CITY-1030003001156", "EXPERTS-103"))).isPresent();
    }

    @Test
    void councilAloneIsOneStyleAndLongIdsAreDigested() {
        assertThat(PackageAssembly.styles(List.of(contest("VILLAGE-1000001001001", ContestKind.VILLAGE_COUNCIL))))
                .extracting(StationPackage.BallotStyle::id).containsExactly("VILLAGE-1000001001001");
        String id = PackageAssembly.styleId(List.of(contest("CITY-12200020012345678", ContestKind.CITY_COUNCIL),
                contest("MAJLIS-bandar-abbas-qeshm-abumusa", ContestKind.MAJLIS_BY_ELECTION),
                contest("EXPERTS-122", ContestKind.EXPERTS_BY_ELECTION)));
        assertThat(id).startsWith("S-").hasSize(34).matches("[A-Za-z0-9._-]{1,64}");
    }
}
