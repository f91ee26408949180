package org.entekhabat.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Random;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.stations.Stations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HQ starts a drill from the page (form with CSRF), follows the status the progress bar polls,
 * and reads the report: the link-failure station shows its paper step. Only HQ roles in their own
 * jurisdiction may start or read drills.
 */
@DatabaseTest
class DrillPagesTest {

    static final String PW = "drill-pass-1405";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Users users;
    @Autowired Stations stations;
    @LocalServerPort int port;

    private final Random random = new Random();
    private final String tag = Long.toString(Math.abs(random.nextLong()), 36);

    @Test
    void hqStartsADrillFromThePageFollowsProgressAndReadsTheReport() throws Exception {
        String province = "9" + (10 + random.nextInt(90));
        String county = province + "000" + (10 + random.nextInt(90));
        station(county, province);
        String hq = user("hq", Role.NATIONAL_HQ, Jurisdiction.NATION);

        var browser = TestHttp.browser(port).login(hq, PW);
        var page = browser.get("/drills");
        assertThat(page.statusCode()).isEqualTo(200);
        var started = browser.postForm("/drills", Map.of("_csrf", TestHttp.csrf(page.body()), "province", province, "county", county,
                "stations", "۴", "voters", "9", "rate", "0", "linkFailure", "true"));
        assertThat(started.statusCode()).isEqualTo(302);
        String location = started.headers().firstValue("Location").orElseThrow();
        String id = location.substring(location.lastIndexOf('/') + 1);

        var running = browser.get("/drills/" + id);
        assertThat(running.statusCode()).isEqualTo(200);
        assertThat(running.body()).contains("drill-progress").contains("/js/drill-progress.js");

        boolean finished = false;
        for (int i = 0; i < 240 && !finished; i++) {
            var status = JSON.readTree(browser.get("/drills/" + id + "/status").body());
            assertThat(status.path("percent").asInt()).isBetween(0, 100);
            finished = status.path("finished").asBoolean();
            if (!finished) Thread.sleep(500);
        }
        assertThat(finished).as("drill " + id + " finished").isTrue();

        var report = JSON.readTree(browser.get("/drills/" + id + "/report.json").body());
        assertThat(report.path("run").path("status").asString()).isEqualTo("DONE");
        assertThat(report.path("totals").path("reportsAccepted").asInt()).isEqualTo(4);
        var registryStation = java.util.stream.StreamSupport.stream(report.path("stations").spliterator(), false)
                .filter(s -> s.path("stationCode").asString().startsWith("ST-")).findFirst().orElseThrow();
        assertThat(registryStation.path("paper").asInt()).as("the link-failure station voted on paper").isPositive();
        assertThat(registryStation.path("paperUploads").asInt()).isPositive();
        assertThat(registryStation.path("paperMs").asLong()).isPositive();

        var html = browser.get("/drills/" + id).body();
        assertThat(html).contains("فرایند کاغذی").contains("LINK_DOWN").contains(county);

        var api = TestHttp.api(port);
        var csv = api.get("/api/drills/" + id + "/stations.csv", hq, PW);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body().lines().count()).isEqualTo(5);
        assertThat(api.get("/api/drills/" + id + "/status", hq, PW).body()).contains("\"finished\":true");
    }

    @Test
    void onlyTheHqInItsOwnJurisdictionMayStartOrReadDrills() {
        String governor = user("gov", Role.GOVERNOR, Jurisdiction.county("1000001"));
        String tehranHq = user("thq", Role.PROVINCIAL_HQ, Jurisdiction.province("123"));
        var api = TestHttp.api(port);
        String body = "{\"countyId\":\"1000001\",\"stations\":1,\"votersPerStation\":3}";

        assertThat(api.postJson("/api/drills", body, governor, PW).statusCode()).isEqualTo(403);
        assertThat(api.get("/api/drills", governor, PW).statusCode()).isEqualTo(403);
        var outside = api.postJson("/api/drills", body, tehranHq, PW);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("forbidden-jurisdiction");
        assertThat(api.postJson("/api/drills", "{\"stations\":0}", user("hq2", Role.NATIONAL_HQ, Jurisdiction.NATION), PW)
                .statusCode()).isEqualTo(400);

        var page = TestHttp.browser(port).login(governor, PW).get("/drills");
        assertThat(page.statusCode()).isEqualTo(403);
    }

    private void station(String county, String province) {
        String code = "ST-" + county + "-001";
        var result = stations.importCsv(new StringReader("""
                code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices
                %s,شعبه,,%s,%s,C1,CITY,P1,FIXED,500,FIBRE,AUTH_TERMINAL:%s-A;VOTING_TERMINAL:%s-V
                """.formatted(code, county, province, code, code)), "test");
        assertThat(result.errors()).isEmpty();
    }

    private String user(String prefix, Role role, Jurisdiction where) {
        String name = prefix + tag;
        users.createBySystem(new NewUser(name, "کاربر آزمایشی مانور", role, where, PW), "test");
        return name;
    }
}
