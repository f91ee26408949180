package org.entekhabat.stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.training.Training;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix of stations, training and readiness over real HTTP. Counties A and B lie in one
 * test province P (9xx: no real province has that id); a governor of A reads and changes A's
 * stations and neither reads nor changes B's (403 as a problem detail or a Persian page, the
 * database unchanged).
 */
@DatabaseTest
class StationsAccessMatrixTest {

    static final String PW = "station-matrix-1405";
    static final String S = UUID.randomUUID().toString().substring(0, 6);
    static final String P = "9" + (10 + new Random().nextInt(90));
    static final String A = P + "00011", B = P + "00012";
    /** Station codes carry the run's suffix too, so device ids never meet a previous run's. */
    static final String A1 = code(A, 1), A2 = code(A, 2), B1 = code(B, 1);
    static boolean created;

    @Autowired Users users;
    @Autowired Stations stations;
    @Autowired Training training;
    @Autowired DeviceRegistry devices;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    TestHttp http;

    static String u(String name) { return name + "-" + S; }

    static String code(String county, int n) { return "ST-" + county + "-" + S.toUpperCase() + n; }

    @BeforeEach
    void setUp() {
        http = TestHttp.api(port);
        if (created) return;
        var imported = stations.importCsv(new StringReader(HEADER + rows(A, A1, A2) + rows(B, B1)), "test");
        assertThat(imported.errors()).isEmpty();
        make("hq", Role.NATIONAL_HQ, Jurisdiction.NATION);
        make("prov", Role.PROVINCIAL_HQ, Jurisdiction.province(P));
        make("gov-a", Role.GOVERNOR, Jurisdiction.county(A));
        make("gov-b", Role.GOVERNOR, Jurisdiction.county(B));
        make("staff-a1", Role.STATION_STAFF, Jurisdiction.station(A1));
        make("staff-a", Role.STATION_STAFF, Jurisdiction.county(A));
        make("cand-a", Role.CANDIDATE, Jurisdiction.county(A));
        make("trainer-a", Role.TRAINER, Jurisdiction.county(A));
        make("trainer-b", Role.TRAINER, Jurisdiction.county(B));
        created = true;
    }

    static final String HEADER = "code,name,address,county_id,province_id,constituency_id,place_type,place_id,kind,expected_voters,link,devices\n";

    static String rows(String county, String... codes) {
        var sb = new StringBuilder();
        for (String code : codes) {
            sb.append(code).append(",شعبهٔ آزمایشی,,").append(county).append(',').append(P).append(",C-").append(county)
                    .append(",CITY,P-").append(county).append(",FIXED,500,FIBRE,AUTH_TERMINAL:").append(code)
                    .append("-A;VOTING_TERMINAL:").append(code).append("-V\n");
        }
        return sb.toString();
    }

    private void make(String name, Role role, Jurisdiction where) {
        users.createBySystem(new NewUser(u(name), name, role, where, PW), "test");
    }

    @Test
    void readingAStationFollowsRoleAndJurisdiction() {
        Map<String, List<String>> readable = new LinkedHashMap<>();
        readable.put("hq", List.of(A1, A2, B1));
        readable.put("prov", List.of(A1, A2, B1));
        readable.put("gov-a", List.of(A1, A2));
        readable.put("gov-b", List.of(B1));
        readable.put("staff-a1", List.of(A1));      // their own station only
        readable.put("staff-a", List.of(A1, A2));   // station staff of the county: its stations
        readable.put("cand-a", List.of());          // not a role that reads the registry
        readable.put("trainer-a", List.of());
        readable.forEach((who, allowed) -> {
            for (String code : List.of(A1, A2, B1)) {
                for (String path : List.of("/api/stations/" + code, "/api/stations/" + code + "/checklist")) {
                    var r = http.get(path, u(who), PW);
                    int expected = allowed.contains(code) ? 200 : 403;
                    assertThat(r.statusCode()).as("%s reads %s: %s", who, path, r.body()).isEqualTo(expected);
                    if (expected == 403) assertProblem(r);
                }
            }
        });
    }

    @Test
    void listsShowTheUsersJurisdictionAndRefuseAnother() {
        assertThat(body(http.get("/api/stations", u("gov-a"), PW))).contains(A1, A2).doesNotContain(B1);
        assertThat(body(http.get("/api/stations?county=" + A, u("gov-a"), PW))).contains(A1, A2).doesNotContain(B1);
        assertProblem(http.get("/api/stations?county=" + B, u("gov-a"), PW));
        assertProblem(http.get("/api/stations?province=" + P, u("gov-a"), PW));
        assertThat(body(http.get("/api/stations?province=" + P, u("prov"), PW))).contains(A1, A2, B1);
        assertThat(body(http.get("/api/stations", u("staff-a1"), PW))).contains(A1).doesNotContain(A2, B1);
        assertProblem(http.get("/api/stations/checklists?county=" + B, u("gov-a"), PW));
        assertProblem(http.get("/api/stations/deficiencies?county=" + B, u("gov-a"), PW));
        assertProblem(http.get("/api/stations/checklists", u("staff-a"), PW)); // roll-ups are for managers
        assertThat(body(http.get("/api/stations/checklists?county=" + A, u("gov-a"), PW))).contains("\"countyId\":\"" + A + "\"");
    }

    @Test
    void changingAStationNeedsAManagerOfItsCounty() {
        String a = snapshot(A1), b = snapshot(B1);
        assertThat(http.send(put("/api/stations/" + B1 + "/power", "{\"grid\":true,\"ups\":true,\"generator\":true}", "gov-a"))
                .statusCode()).isEqualTo(403);
        assertProblem(http.postJson("/api/stations/" + B1 + "/deficiencies",
                "{\"category\":\"LINK\",\"description\":\"x\",\"owner\":\"y\"}", u("gov-a"), PW));
        assertProblem(http.postJson("/api/stations/" + B1 + "/device-tests",
                "{\"deviceId\":\"" + B1 + "-A\",\"passed\":true}", u("gov-a"), PW));
        assertProblem(http.postJson("/api/stations/" + B1 + "/staff",
                "{\"username\":\"" + u("staff-a") + "\",\"role\":\"STATION_STAFF\"}", u("gov-a"), PW));
        assertProblem(http.postJson("/api/stations/" + A1 + "/deficiencies",
                "{\"category\":\"LINK\",\"description\":\"x\",\"owner\":\"y\"}", u("staff-a1"), PW)); // staff only read
        assertProblem(http.postJson("/api/stations/" + A1 + "/deficiencies",
                "{\"category\":\"LINK\",\"description\":\"x\",\"owner\":\"y\"}", u("cand-a"), PW));
        assertThat(snapshot(B1)).isEqualTo(b);
        assertThat(snapshot(A1)).isEqualTo(a);

        assertThat(http.send(put("/api/stations/" + A1 + "/power", "{\"grid\":true,\"ups\":true,\"generator\":false}", "gov-a"))
                .statusCode()).isEqualTo(200);
        assertThat(stations.checklist(A1).power()).hasValueSatisfying(p -> assertThat(p.checkedBy()).isEqualTo(u("gov-a")));
        var staff = http.postJson("/api/stations/" + A1 + "/staff",
                "{\"username\":\"" + u("staff-a1") + "\",\"role\":\"STATION_STAFF\"}", u("gov-a"), PW);
        assertThat(staff.statusCode()).as(staff.body()).isEqualTo(200);
        var unknown = http.postJson("/api/stations/" + A1 + "/staff", "{\"username\":\"nobody-" + S + "\",\"role\":\"IT\"}", u("gov-a"), PW);
        assertThat(unknown.statusCode()).isEqualTo(400);
    }

    @Test
    void aDeficiencyIsMarkedFixedOnlyByItsStationsJurisdiction() {
        var d = stations.reportDeficiency(B1, DeficiencyCategory.POWER, "مولد برق خراب است", "فرمانداری", null, "test");
        String fixed = "{\"status\":\"FIXED\"}";
        assertProblem(http.postJson("/api/stations/deficiencies/" + d.id() + "/status", fixed, u("gov-a"), PW));
        assertProblem(http.postJson("/api/stations/deficiencies/" + d.id() + "/status", fixed, u("staff-a"), PW));
        assertThat(stations.deficiency(d.id()).status()).isEqualTo(DeficiencyStatus.OPEN);
        var ok = http.postJson("/api/stations/deficiencies/" + d.id() + "/status", fixed, u("gov-b"), PW);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(stations.deficiency(d.id()).status()).isEqualTo(DeficiencyStatus.FIXED);
        assertThat(stations.deficiency(d.id()).updatedBy()).isEqualTo(u("gov-b"));
    }

    @Test
    void aStationIsNotMovedOrCreatedOutsideTheManagersCounty() {
        String moved = stationJson(B1, A);
        assertProblem(http.postJson("/api/stations", moved, u("gov-a"), PW)); // B1 is B's, even when sent as A's
        assertThat(stations.get(B1).countyId()).isEqualTo(B);
        String fresh = code(B, 9);
        assertProblem(http.postJson("/api/stations", stationJson(fresh, B), u("gov-a"), PW));
        assertThat(stations.find(fresh)).isEmpty();
        var created = http.postJson("/api/stations", stationJson(fresh, B), u("gov-b"), PW);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        assertThat(stations.find(fresh)).isPresent();
    }

    @Test
    void theBrowserShowsAPersianRefusalAndChangesNothing() {
        var browser = TestHttp.browser(port).login(u("gov-a"), PW);
        var own = browser.get("/stations/" + A1);
        assertThat(own.statusCode()).isEqualTo(200);
        String token = TestHttp.csrf(own.body());
        var other = browser.get("/stations/" + B1);
        assertThat(other.statusCode()).isEqualTo(403);
        assertThat(other.body()).contains("حوزهٔ مسئولیت شما");
        String before = snapshot(B1);
        var post = browser.postForm("/stations/" + B1 + "/power", Map.of("grid", "true", "_csrf", token));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.body()).contains("حوزهٔ مسئولیت شما");
        assertThat(snapshot(B1)).isEqualTo(before);
        assertThat(browser.get("/stations?county=" + B).statusCode()).isEqualTo(403);
        assertThat(browser.get("/stations/hq?county=" + B).statusCode()).isEqualTo(403);
        assertThat(browser.get("/readiness?county=" + B).statusCode()).isEqualTo(403);
        assertThat(browser.get("/stations").body()).contains(A1).doesNotContain(B1);
        var staffPage = TestHttp.browser(port).login(u("staff-a1"), PW).get("/stations/" + A1);
        assertThat(staffPage.statusCode()).isEqualTo(200);
        assertThat(staffPage.body()).as("staff see no change forms").doesNotContain("/power\"");
    }

    @Test
    void readinessIsForTheHqsAndGovernorsOfTheirJurisdiction() {
        assertThat(http.get("/api/readiness/counties?county=" + A, u("gov-a"), PW).statusCode()).isEqualTo(200);
        assertProblem(http.get("/api/readiness/counties?county=" + B, u("gov-a"), PW));
        assertProblem(http.get("/api/readiness/counties.csv?province=" + P, u("gov-a"), PW));
        assertProblem(http.get("/api/readiness/provinces", u("prov"), PW));
        assertProblem(http.get("/api/readiness/counties", u("staff-a"), PW));
        assertProblem(http.get("/api/readiness/counties", u("trainer-a"), PW));
        assertThat(body(http.get("/api/readiness/counties.csv?province=" + P, u("prov"), PW))).contains(A + ",", B + ",");
        assertThat(http.get("/api/readiness/provinces", u("hq"), PW).statusCode()).isEqualTo(200);
        assertThat(http.get("/api/readiness/counties").statusCode()).isEqualTo(401);
    }

    @Test
    void trainersScheduleAndRecordInTheirJurisdictionOnly() {
        String schedule = """
                {"courseId":"station-staff","countyId":"%s","firstDate":"2026-03-07","time":"10:00","weeks":1,"place":"سالن","trainer":"مربی"}""";
        long sessionsOfB = sessions(B);
        assertProblem(http.postJson("/api/training/sessions", schedule.formatted(B), u("trainer-a"), PW));
        assertProblem(http.postJson("/api/training/sessions", schedule.formatted(A), u("gov-a"), PW)); // not a trainer
        assertThat(sessions(B)).isEqualTo(sessionsOfB);
        var ok = http.postJson("/api/training/sessions", schedule.formatted(B), u("trainer-b"), PW);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        var m = java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(ok.body());
        assertThat(m.find()).isTrue();
        long id = Long.parseLong(m.group(1));

        String attend = "{\"username\":\"" + u("staff-a") + "\",\"present\":true}";
        assertProblem(http.postJson("/api/training/sessions/" + id + "/attendance", attend, u("trainer-a"), PW));
        assertThat(training.attendance(id)).isEmpty();
        assertThat(http.postJson("/api/training/sessions/" + id + "/attendance", attend, u("trainer-b"), PW).statusCode()).isEqualTo(200);
        assertThat(training.attendance(id)).containsEntry(u("staff-a"), true);
        assertThat(http.postJson("/api/training/sessions/" + id + "/attendance",
                "{\"username\":\"nobody-" + S + "\",\"present\":true}", u("trainer-b"), PW).statusCode()).isEqualTo(400);
        assertProblem(http.get("/api/training/sessions/" + id + "/attendance", u("gov-a"), PW));
        assertThat(http.get("/api/training/sessions/" + id + "/attendance", u("gov-b"), PW).statusCode()).isEqualTo(200);
        assertProblem(http.get("/api/training/sessions?county=" + B, u("trainer-a"), PW));
        var trainerB = TestHttp.browser(port).login(u("trainer-b"), PW);
        assertThat(body(trainerB.get("/training"))).contains("action=\"/training/sessions\"");
        assertThat(body(trainerB.get("/training/sessions/" + id))).contains(u("staff-a"), "/attendance\"");
        assertThat(TestHttp.browser(port).login(u("trainer-a"), PW).get("/training/sessions/" + id).statusCode()).isEqualTo(403);
        assertThat(body(TestHttp.browser(port).login(u("staff-a"), PW).get("/training"))).doesNotContain("action=\"/training/sessions\"");
        assertThat(body(http.get("/api/training/sessions", u("staff-a1"), PW))).as("staff see their county's sessions")
                .doesNotContain("\"countyId\":\"" + B + "\"");
    }

    @Test
    void publicPathsStayPublic() {
        assertThat(http.get("/api/public/ping").statusCode()).isEqualTo(200);
        assertThat(http.get("/api/public/certificates/TC-NONE-" + S).statusCode()).isEqualTo(404);
        assertThat(http.get("/training/certificates/TC-NONE-" + S).statusCode()).isEqualTo(404);
        assertThat(http.get("/training/verify").statusCode()).isEqualTo(200);
        for (String page : List.of("/stations", "/training", "/readiness", "/stations/hq")) {
            var r = http.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
    }

    /** A device reports for its own station only, signed; central checks both registries. */
    @Test
    void stationDevicesReportForTheirOwnStationOnly() {
        var keysA = DeviceKeys.generate(A2 + "-A");
        devices.register(keysA.deviceId(), A2, keysA.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        var client = new SignedRequestClient(URI.create(http.base() + "/"), keysA, Clock.systemUTC());
        String linkB = "{\"stationCode\":\"" + B1 + "\",\"samples\":3,\"lost\":0,\"minMs\":1.0,\"avgMs\":2.0,\"maxMs\":3.0}";
        String before = snapshot(B1);
        var refused = client.post("/station-api/link-tests", linkB);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("station-auth.wrong-station");
        var refusedTest = client.post("/station-api/device-tests", "{\"stationCode\":\"" + B1 + "\",\"passed\":true}");
        assertThat(refusedTest.statusCode()).isEqualTo(403);
        assertThat(snapshot(B1)).isEqualTo(before);

        // a key registered for a station whose registry does not list the device
        var stray = DeviceKeys.generate(A2 + "-X");
        devices.register(stray.deviceId(), A2, stray.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        var strayClient = new SignedRequestClient(URI.create(http.base() + "/"), stray, Clock.systemUTC());
        assertThat(strayClient.post("/station-api/device-tests", "{\"stationCode\":\"" + A2 + "\",\"passed\":true}")
                .statusCode()).isEqualTo(403);

        var ok = client.post("/station-api/device-tests", "{\"stationCode\":\"" + A2 + "\",\"passed\":true}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        var other = client.post("/station-api/device-tests",
                "{\"stationCode\":\"" + A2 + "\",\"deviceId\":\"" + A2 + "-V\",\"passed\":false,\"note\":\"screen\"}");
        assertThat(other.statusCode()).as(other.body()).isEqualTo(200);
        var tests = stations.checklist(A2).latestDeviceTests();
        assertThat(tests.get(A2 + "-A").testedBy()).isEqualTo("device:" + A2 + "-A");
        assertThat(tests.get(A2 + "-V").passed()).isFalse();
        assertThat(client.post("/station-api/link-tests", linkB.replace(B1, A2)).statusCode()).isEqualTo(201);
        assertThat(stations.linkTests(A2, 5)).hasSize(1);
        // the human API no longer takes link tests: a station reports them signed
        assertThat(http.postJson("/api/stations/" + A2 + "/link-tests", linkB, u("gov-a"), PW).statusCode()).isNotIn(200, 201);
        assertThat(stations.linkTests(A2, 5)).hasSize(1);
    }

    private HttpRequest.Builder put(String path, String json, String who) {
        return HttpRequest.newBuilder(URI.create(http.base() + path)).header("Content-Type", "application/json")
                .header("Authorization", TestHttp.basic(u(who), PW)).PUT(HttpRequest.BodyPublishers.ofString(json));
    }

    private static String stationJson(String code, String county) {
        return """
                {"code":"%s","name":"شعبهٔ تازه","address":"","countyId":"%s","provinceId":"%s","constituencyId":"C-%s",
                 "placeType":"CITY","placeId":"P-%s","kind":"FIXED","expectedVoters":100,"link":"SIM","devices":[]}"""
                .formatted(code, county, P, county, county);
    }

    /** Everything recorded about a station, to show a refusal changed nothing. */
    private String snapshot(String code) {
        return jdbc.sql("""
                select s.county_id || '|' || s.updated_at
                    || '|' || (select count(*) from station_power p where p.station_code = s.code)
                    || '|' || (select count(*) from station_terminal_test t where t.station_code = s.code)
                    || '|' || (select count(*) from station_link_test l where l.station_code = s.code)
                    || '|' || (select count(*) from station_staff f where f.station_code = s.code)
                    || '|' || (select coalesce(string_agg(d.id || d.status, ',' order by d.id), '')
                               from station_deficiency d where d.station_code = s.code)
                from station s where s.code = :code""").param("code", code).query(String.class).single();
    }

    private long sessions(String county) {
        return jdbc.sql("select count(*) from training_session where county_id = :c").param("c", county).query(Long.class).single();
    }

    private static String body(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(200);
        return r.body();
    }

    private static void assertProblem(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.uri() + " " + r.body()).isEqualTo(403);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("message_fa", "message_en");
    }
}
