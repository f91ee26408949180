package org.entekhabat.stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StationRulesTest {

    static Station at(String county, String province) {
        return new Station("ST-" + county + "-001", "شعبه", "", county, province, "C1", PlaceType.CITY, "P1",
                StationKind.FIXED, 100, LinkType.FIBRE, List.of());
    }

    @Test
    void countyIdIsTheProvinceIdAndFourOrFiveDigits() {
        assertThat(StationRules.problems(at("1000001", "100"))).isEmpty();
        assertThat(StationRules.problems(at("10000010", "100"))).isEmpty(); // زرندیه, a newer county
        assertThat(StationRules.problems(at("1010001", "100"))).isNotEmpty();
        assertThat(StationRules.problems(at("100001", "100"))).isNotEmpty();
    }

    @Test
    void deviceIdsAreUniqueWithinAStation() {
        var s = at("1000001", "100");
        var twice = new Station(s.code(), s.name(), s.address(), s.countyId(), s.provinceId(), s.constituencyId(), s.placeType(),
                s.placeId(), s.kind(), s.expectedVoters(), s.link(),
                List.of(new Device("D1", DeviceType.AUTH_TERMINAL), new Device("D1", DeviceType.VOTING_TERMINAL)));
        assertThat(StationRules.problems(twice)).containsExactly("device listed twice: D1");
    }
}
