package org.entekhabat.stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.Random;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionHierarchy;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@DatabaseTest
class StationsDatabaseTest {

    static final String PW = "stations-pass-1405";

    @Autowired Stations stations;
    @Autowired Users users;
    @Autowired JurisdictionHierarchy hierarchy;
    @LocalServerPort int port;

    /**
     * A county no other test uses: province 9xx does not exist in the divisions, but the id has
     * the official shape (province, "000", number) so it is a jurisdiction identity understands.
     */
    static String newCounty() {
        var r = new Random();
        return "9" + (10 + r.nextInt(90)) + "000" + (10 + r.nextInt(90));
    }

    static String csv(String county, String... codes) {
        var sb = new StringBuilder("code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices\n");
        for (String code : codes) {
            sb.append(code).append(",\"دبستان فردوسی، شعبه ۱\",خیابان امام,").append(county).append(',').append(county, 0, 3)
                    .append(",C-").append(county).append(",CITY,P-").append(county).append(",FIXED,۸۰۰,FIBRE,AUTH_TERMINAL:")
                    .append(code).append("-A;VOTING_TERMINAL:").append(code).append("-V\n");
        }
        return sb.toString();
    }

    @Test
    void importsAllRowsOrNone() {
        String county = newCounty();
        String a = "ST-" + county + "-001", b = "ST-" + county + "-002";
        var bad = csv(county, a) + "ST-" + county + "-003,x,,1,2,c,TOWN,p,FIXED,10,,\n";
        var refused = stations.importCsv(new StringReader(bad), "test");
        assertThat(refused.ok()).isFalse();
        assertThat(refused.errors()).anySatisfy(e -> assertThat(e).startsWith("line 3:"));
        assertThat(stations.find(a)).isEmpty();

        var ok = stations.importCsv(new StringReader(csv(county, a, b)), "test");
        assertThat(ok.errors()).isEmpty();
        assertThat(ok.created()).isEqualTo(2);
        var s = stations.get(a);
        assertThat(s.name()).isEqualTo("دبستان فردوسی، شعبه ۱");
        assertThat(s.expectedVoters()).isEqualTo(800);
        assertThat(s.devices()).extracting(Device::type).containsExactlyInAnyOrder(DeviceType.AUTH_TERMINAL, DeviceType.VOTING_TERMINAL);
        assertThat(stations.importCsv(new StringReader(csv(county, a)), "test").updated()).isEqualTo(1);
        assertThat(stations.list(null, county)).hasSize(2);
    }

    @Test
    void checklistBlocksFinalisationUntilEverythingIsDone() {
        String county = newCounty();
        String code = "ST-" + county + "-001";
        stations.importCsv(new StringReader(csv(county, code)), "test");
        assertThat(stations.rollup(null, county).finalised()).isFalse();
        assertThat(stations.blockers(stations.checklist(code))).extracting(Blocker::code)
                .contains(BlockerCode.LINK_NOT_TESTED, BlockerCode.POWER_NOT_CHECKED, BlockerCode.DEVICE_NOT_TESTED);

        stations.recordPower(code, true, true, false, "it");
        stations.recordDeviceTest(code, code + "-A", true, "", "it");
        stations.recordDeviceTest(code, code + "-V", true, "", "it");
        stations.recordLinkTest(code, new LinkTestReport(10, 0, 10.0, 20.0, 40.0), "node");
        var d = stations.reportDeficiency(code, DeficiencyCategory.LINK, "فیبر نوری وصل نیست", "مخابرات", null, "it");
        var rollup = stations.rollup(null, county);
        assertThat(rollup.finalised()).isFalse();
        assertThat(rollup.openDeficiencies()).extracting(Deficiency::id).containsExactly(d.id());
        assertThat(rollup.counties().get(0).blockers()).containsOnlyKeys(BlockerCode.DEFICIENCY_OPEN);

        stations.setDeficiencyStatus(d.id(), DeficiencyStatus.FIXED, "it");
        assertThat(stations.rollup(null, county).finalised()).isTrue();

        stations.recordDeviceTest(code, code + "-V", false, "screen", "it"); // the latest self-test counts
        assertThat(stations.rollup(null, county).finalised()).isFalse();
    }

    @Test
    void badInputChangesNothing() {
        String county = newCounty();
        String code = "ST-" + county + "-001";
        stations.importCsv(new StringReader(csv(county, code)), "test");
        assertThatThrownBy(() -> stations.recordLinkTest(code, new LinkTestReport(5, 6, null, null, null), "node"))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> stations.recordDeviceTest(code, "NOT-MINE", true, "", "it"))
                .isInstanceOf(DomainException.class);
        assertThat(stations.linkTests(code, 10)).isEmpty();
        assertThat(stations.checklist(code).latestDeviceTests()).isEmpty();
    }

    @Test
    void demoIsReproducibleAndIdempotent() {
        stations.generateDemo();
        var again = stations.generateDemo();
        assertThat(again.created()).isZero();
        assertThat(again.existing()).isGreaterThan(100);
        var tehran = stations.get("ST-1230001-001");
        assertThat(tehran.provinceId()).isEqualTo("123");
        assertThat(tehran.devices()).hasSize(2);
        assertThat(stations.list("100", null)).isNotEmpty();
    }

    @Test
    void pagesAndApiAnswerTheJurisdictionsHq() {
        String county = newCounty();
        String code = "ST-" + county + "-001";
        stations.importCsv(new StringReader(csv(county, code)), "test");
        String hq = "prov-" + UUID.randomUUID().toString().substring(0, 8);
        users.createBySystem(new NewUser(hq, "ستاد استان", Role.PROVINCIAL_HQ,
                Jurisdiction.province(county.substring(0, 3)), PW), "test");
        var browser = TestHttp.browser(port).login(hq, PW);
        assertThat(ok(browser.get("/stations?county=" + county))).contains(code).contains("شعب اخذ رأی");
        assertThat(ok(browser.get("/stations"))).as("by default the user's own jurisdiction").contains(code);
        assertThat(ok(browser.get("/stations/" + code))).contains("ارتباط شعبه آزموده نشده است");
        assertThat(ok(browser.get("/stations/hq?province=" + county.substring(0, 3)))).contains("هنوز نهایی نیست");
        var api = TestHttp.api(port);
        assertThat(ok(api.get("/api/stations/" + code + "/checklist", hq, PW))).contains("\"complete\":false").contains("LINK_NOT_TESTED");
        assertThat(api.get("/api/stations/" + code + "/checklist").statusCode()).isEqualTo(401);
        assertThat(ok(api.get("/api/public/ping"))).contains("pong");
        assertThat(TestHttp.api(port).get("/stations/" + code).statusCode()).as("anonymous: to the login form").isEqualTo(302);
    }

    @Test
    void stationsLieInTheirCounty() {
        String county = newCounty();
        String code = "ST-" + county + "-001";
        stations.importCsv(new StringReader(csv(county, code)), "test");
        var station = Jurisdiction.station(code);
        assertThat(hierarchy.parentOf(station)).contains(Jurisdiction.county(county));
        assertThat(hierarchy.covers(Jurisdiction.county(county), station)).isTrue();
        assertThat(hierarchy.covers(Jurisdiction.province(county.substring(0, 3)), station)).isTrue();
        assertThat(hierarchy.covers(Jurisdiction.county("1000001"), station)).isFalse();
        assertThat(hierarchy.parentOf(Jurisdiction.station("ST-NOWHERE-" + county))).isEmpty();
    }

    private static String ok(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200);
        return r.body();
    }
}
