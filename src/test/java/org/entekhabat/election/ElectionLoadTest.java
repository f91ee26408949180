package org.entekhabat.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.entekhabat.DatabaseTest;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The 1405 demo file loaded once on real PostgreSQL; bad files are refused with their path and change nothing. */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ElectionLoadTest {

    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    String demo;

    @BeforeAll
    void loadDemo() throws Exception {
        imports.importDivisions(true);
        demo = new ClassPathResource(Elections.DEMO_FILE).getContentAsString(StandardCharsets.UTF_8);
        elections.load(demo, "1405.yaml", "test");
    }

    @Test
    void tehranIsOneListProportionalCouncilOf21And11() {
        var tehran = elections.contest("PR-tehran");
        assertThat(tehran.rule()).isEqualTo(new CountingRule.ListProportional(21, 11));
        var places = elections.constituency("PR-tehran").places();
        assertThat(places).extracting(Place::id).contains(1230001001576L, 1230003002115L, 1230004002117L, 1230001002226L);
        assertThat(places).hasSize(23 + 2);
        assertThat(elections.ballotStyleFor(PlaceType.CITY, 1230003002115L).contestIds()).containsExactly("PR-tehran", "EXPERTS-123");
    }

    @Test
    void everyVillageCouncilHas3Or5SeatsAndEveryCityCouncilATableValue() {
        var contests = elections.contests();
        var villages = contests.stream().filter(c -> c.kind() == ConstituencyKind.VILLAGE_COUNCIL).toList();
        assertThat(villages).isNotEmpty().allMatch(c -> c.seats() == 3 && c.alternates() == 2 || c.seats() == 5 && c.alternates() == 3);
        assertThat(villages).anyMatch(c -> c.seats() == 3).anyMatch(c -> c.seats() == 5);
        var cities = contests.stream().filter(c -> c.kind() == ConstituencyKind.CITY_COUNCIL).toList();
        assertThat(cities).allMatch(c -> List.of(5, 7, 9, 11, 13, 15).contains(c.seats()) && c.rule() instanceof CountingRule.BlockPlurality);
        assertThat(cities).allMatch(c -> c.populationSource().equals("census-2016:county-total-estimate") && c.population() != null
                || c.populationSource().equals("no-data:smallest-bracket") && c.seats() == 5);
        assertThat(contests.stream().filter(c -> c.kind() == ConstituencyKind.MAJLIS)).hasSize(5)
                .allMatch(c -> c.rule().equals(new CountingRule.SinglePlurality(1)));
        assertThat(contests.stream().filter(c -> c.kind() == ConstituencyKind.EXPERTS)).hasSize(4);
    }

    @Test
    void numberedZonesShareTheirCityCouncilAndBallotStylesAddByElections() {
        var arak = elections.ballotStyleFor(PlaceType.CITY, 1000001001678L); // اراک 1
        assertThat(arak.contestIds()).containsExactly("CITY-1000001001101");
        var tabriz = elections.ballotStyleFor(PlaceType.CITY, jdbc.sql("select id from geo_city where county_id = 1030003 and name = 'تبریز'")
                .query(Long.class).single());
        assertThat(tabriz.contestIds()).hasSize(3).contains("MAJLIS-tabriz", "EXPERTS-103");
        assertThat(tabriz.id()).isEqualTo(String.join("+", tabriz.contestIds()));
        long village = jdbc.sql("select v.id from geo_village v join geo_rural_district r on r.id = v.rural_district_id where r.county_id = 1220004 limit 1")
                .query(Long.class).single();
        assertThat(elections.ballotStyleFor(PlaceType.VILLAGE, village).contestIds()).hasSize(2).last().isEqualTo("MAJLIS-bandar-abbas");
    }

    @Test
    void reloadingTheSameFileGivesTheSameElection() {
        String before = fingerprint();
        elections.load(demo, "1405.yaml", "test");
        assertThat(fingerprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "unknown county|counties: [10300013]|counties: [10300013, 9999999]|majlisByElections[3].counties[1]: unknown county \"9999999\"",
            "duplicate constituency|id: bostanabad|id: tabriz|majlisByElections[3].id: duplicate constituency id \"MAJLIS-tabriz\"",
            "county twice|counties: [1010003]|counties: [1030003]|majlisByElections[1].counties[0]: duplicate: county \"1030003\" is already in MAJLIS-tabriz",
            "bad date|electionDay: \"1405/02/11\"|electionDay: \"1405/13/40\"|electionDay: bad Jalali date \"1405/13/40\"",
            "unknown province|{province: 106}|{province: 199}|expertsByElections[3].province: unknown province \"199\"",
            "duplicate experts|{province: 106}|{province: 103}|expertsByElections[3].province: duplicate constituency",
            "unknown field|cityCouncils: {auto: true}|cityCouncils: {auto: true, seats: 3}|cityCouncils.seats: unknown field",
            "malformed|id: \"bad-1405\"|id: [\"bad-1405\"|line ",
    })
    void aBadFileNamesThePathAndLoadsNothing(String name, String from, String to, String expected) {
        String bad = demo.replace("id: \"1405\"", "id: \"bad-1405\"").replace(from, to);
        assertThat(bad).as("the test edits the file").isNotEqualTo(demo.replace("id: \"1405\"", "id: \"bad-1405\""));
        String before = fingerprint();
        assertThatThrownBy(() -> elections.load(bad, "bad.yaml", "test"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("election-file.invalid");
                    assertThat(e.messageEn()).contains(expected);
                    assertThat(e.details().get("errors")).asList().anySatisfy(x -> assertThat(x.toString()).contains(expected));
                });
        assertThat(elections.validate(bad, "bad.yaml").errors()).anySatisfy(x -> assertThat(x).contains(expected));
        assertThat(fingerprint()).isEqualTo(before);
        assertThat(elections.requireCurrent().id()).isEqualTo("1405");
    }

    @Test
    void publicApiAndPages() throws Exception {
        var tehranCounty = get("/api/public/counties/1230001/constituencies");
        assertThat(tehranCounty.statusCode()).isEqualTo(200);
        assertThat(tehranCounty.body()).contains("\"PR-tehran\"", "\"list-proportional\"", "\"seats\":21", "\"alternates\":11");
        assertThat(get("/api/public/provinces").body()).contains("\"name\":\"تهران\"");
        assertThat(get("/api/public/election").body()).contains("\"electionDay\":\"2026-05-01\"");
        var missing = get("/api/public/counties/9999999/constituencies");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("content-type").orElse("")).contains("application/problem+json");
        assertThat(missing.body()).contains("geography.not-found");
        assertThat(get("/api/public/constituencies/NOPE").statusCode()).isEqualTo(404);
        var page = get("/geo/county/1230001");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"contest-row-PR-tehran\"", "data-seats=\"21\"");
        assertThat(get("/geo/constituency/PR-tehran").body()).contains("data-testid=\"ballot-style-PR-tehran+EXPERTS-123\"");
        assertThat(get("/geo").body()).contains("data-testid=\"province-link-123\"");
        assertThat(get("/geo/province/123").body()).contains("data-testid=\"county-link-1230001\"");
        var notFoundPage = get("/geo/constituency/NOPE");
        assertThat(notFoundPage.statusCode()).isEqualTo(404);
        assertThat(notFoundPage.body()).contains("حوزه انتخابیه‌ای با این شناسه یافت نشد");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from election) || '/' || (select count(*) from election_constituency) || '/'
                    || (select count(*) from election_contest) || '/' || (select coalesce(sum(seats), 0) from election_contest) || '/'
                    || (select count(*) from election_ballot_style) || '/' || (select count(*) from election_ballot_style_place)""")
                .query(String.class).single();
    }
}
