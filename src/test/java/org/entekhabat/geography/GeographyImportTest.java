package org.entekhabat.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import org.entekhabat.DatabaseTest;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeographyImportTest {

    @Autowired GeographyImports imports;
    @Autowired Geography geography;
    @Autowired JdbcClient jdbc;

    DivisionsImport first;

    @BeforeAll
    void importOnce() {
        first = imports.importDivisions(true);
    }

    @Test
    void importsTheOfficialCountsExactly() {
        var again = imports.importDivisions(true);
        assertThat(again.provinces()).isEqualTo(31);
        assertThat(again.counties()).isEqualTo(482);
        assertThat(again.districts()).isEqualTo(1184);
        assertThat(again.cities()).isEqualTo(1659);
        assertThat(again.ruralDistricts()).isEqualTo(1524);
        assertThat(again.censusRows()).isEqualTo(9009);
    }

    @Test
    void reRunningChangesNothing() {
        String before = fingerprint();
        var again = imports.importDivisions(true);
        assertThat(again.rowsAdded()).isZero();
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void censusReportIsNonEmptyAndPreservesTotals() {
        var report = geography.censusReport();
        assertThat(report.censusCounties()).isEqualTo(429);
        assertThat(report.censusPopulation()).isEqualTo(79_926_270L);
        assertThat(report.matchedPopulation() + report.unmatchedPopulation()).isEqualTo(report.censusPopulation());
        assertThat(report.divisionOnly()).isNotEmpty();
        assertThat(report.censusOnly()).isNotEmpty();
        assertThat(report.matchedCounties() + report.censusOnly().size()).isEqualTo(429);
        assertThat(report.matchedCounties() + report.divisionOnly().size()).isEqualTo(482);
    }

    @Test
    void lookups() {
        var arak = geography.requireCounty(1000001L);
        assertThat(arak.name()).isEqualTo("اراک");
        assertThat(arak.censusPopulation()).isPositive();
        assertThat(geography.provinceOfCounty(1000001L).name()).isEqualTo("مرکزی");
        assertThat(geography.countyOfCity(1000001001678L).id()).isEqualTo(1000001L);
        assertThat(geography.cities(1000001L)).filteredOn(c -> c.councilName().equals("اراک")).hasSizeGreaterThan(1);
        assertThat(geography.villages(1000001L)).isNotEmpty();
        assertThatThrownBy(() -> geography.requireCounty(9999999L)).isInstanceOf(DomainException.class);
    }

    @Test
    void generatedVillagesCoverBothCouncilSizes() {
        var villages = geography.allVillages();
        assertThat(villages).allMatch(v -> v.generated() == v.populationSource().equals(Village.GENERATED_SOURCE));
        assertThat(villages).anyMatch(v -> v.population() <= 1500).anyMatch(v -> v.population() > 1500);
    }

    @Test
    void aBadVillageListChangesNothing() {
        String before = fingerprint();
        var csv = "rural_district_id,name,population,households\n1000001001,ده نمونه,1200,340\n42,ده ناشناس,100,30\n";
        assertThatThrownBy(() -> imports.importVillages(new StringReader(csv), "v.csv", "moi-health-centres"))
                .isInstanceOf(DomainException.class).hasMessageContaining("v.csv:3: unknown rural district \"42\"");
        assertThat(fingerprint()).isEqualTo(before);
    }

    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from geo_city) || '/' || (select count(*) from geo_village) || '/'
                    || (select coalesce(sum(population), 0) from geo_village) || '/' || (select count(*) from geo_census_county where county_id is not null)
                    || '/' || (select count(*) from geo_census_unmatched)""").query(String.class).single();
    }
}
