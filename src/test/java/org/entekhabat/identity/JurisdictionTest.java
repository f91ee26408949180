package org.entekhabat.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class JurisdictionTest {

    private final JurisdictionHierarchy official = JurisdictionHierarchy.officialOnly();

    @Test
    void readsAndWritesTheTextForm() {
        assertThat(Jurisdiction.parse("NATION")).isEqualTo(Jurisdiction.NATION);
        assertThat(Jurisdiction.parse("county:1000001")).isEqualTo(Jurisdiction.county("1000001"));
        assertThat(Jurisdiction.parse("COUNTY:۱۰۰۰۰۰۱")).isEqualTo(Jurisdiction.county("1000001"));
        assertThat(Jurisdiction.county("10000010").toString()).isEqualTo("COUNTY:10000010");
        assertThat(Jurisdiction.NATION.toString()).isEqualTo("NATION");
        assertThat(Jurisdiction.province("123").fa()).isEqualTo("استان ۱۲۳");
    }

    @Test
    void refusesMalformedCodesInPersian() {
        for (String bad : new String[] {"COUNTY:12", "PROVINCE:1234", "NATION:1", "CITY:5", "", "COUNTY:1001001"}) {
            assertThatThrownBy(() -> Jurisdiction.parse(bad)).as(bad)
                    .isInstanceOf(DomainException.class)
                    .satisfies(e -> assertThat(((DomainException) e).messageFa()).isNotBlank());
        }
    }

    @Test
    void aCountyIsInTheProvinceItsIdStartsWith() {
        assertThat(official.covers(Jurisdiction.province("100"), Jurisdiction.county("1000001"))).isTrue();
        assertThat(official.covers(Jurisdiction.province("100"), Jurisdiction.county("10000013"))).isTrue();
        assertThat(official.covers(Jurisdiction.province("123"), Jurisdiction.county("1000001"))).isFalse();
        assertThat(official.covers(Jurisdiction.county("1000001"), Jurisdiction.province("100"))).isFalse();
        assertThat(official.covers(Jurisdiction.county("1000001"), Jurisdiction.county("1000002"))).isFalse();
        assertThat(official.covers(Jurisdiction.NATION, Jurisdiction.station("S-1"))).isTrue();
        assertThat(official.covers(Jurisdiction.county("1000001"), Jurisdiction.station("S-1")))
                .as("a station whose constituency no module knows is covered by the nation only").isFalse();
    }

    /** Every county of the official list parses and lies in its own province, and in no other. */
    @Test
    void agreesWithTheOfficialCountyList() throws Exception {
        var in = getClass().getResourceAsStream("/data/iran-divisions/counties.csv");
        int rows = 0;
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line; (line = reader.readLine()) != null; ) {
                String[] f = line.split(",");
                var county = Jurisdiction.county(f[0]);
                assertThat(official.parentOf(county)).as(line).contains(Jurisdiction.province(f[3]));
                assertThat(official.covers(Jurisdiction.province("999"), county)).isFalse();
                rows++;
            }
        }
        assertThat(rows).isGreaterThan(400);
    }
}
