package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.voters.DeviceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * POST /station-api/reports over real HTTP, signed by the station's device as the node does
 * ({@link SignedRequestClient}): good, duplicate, conflicting, bad signature, broken chain, another
 * station's report, unsigned, revoked device.
 */
@DatabaseTest
class ReportIntakeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired DeviceRegistry devices;
    @Autowired ResultsRegistry registry;
    @Autowired Results results;
    @Autowired Users users;
    final JsonMapper json = JsonMapper.builder().build();
    ResultsFixture f;
    String contest;

    @BeforeEach
    void setUp() {
        f = new ResultsFixture(devices, registry);
        contest = f.contest("C1", 5, 3, "S1", "S2");
    }

    record Reply(int status, JsonNode body) {}

    /** Posts as the report's own station device. */
    Reply post(SignedStationReport r) throws Exception {
        return post(f.device(r.report().stationCode()), json.writeValueAsString(r));
    }

    Reply post(DeviceKeys signer, String body) {
        var client = new SignedRequestClient(URI.create("http://localhost:" + port + "/"), signer, Clock.systemUTC());
        var res = client.post("/station-api/reports", body);
        return new Reply(res.statusCode(), json.readTree(res.body()));
    }

    long stored(String station) {
        return jdbc.sql("select count(*) from station_report where station_code = ?").param(station).query(Long.class).single();
    }

    @Test
    void goodReportIsStoredVerbatimAndTheSameReportAgainIsHarmless() throws Exception {
        var report = f.signed("S1", ResultsFixture.count(contest, 2, 1, "1001", 40, "1002", 30));
        var first = post(report);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        assertThat(first.body().get("outcome").asString()).isEqualTo("ACCEPTED");
        var text = jdbc.sql("select canonical_text || '|' || signature from station_report where station_code = ?")
                .param(f.id("S1")).query(String.class).single();
        assertThat(text).isEqualTo(report.text() + "|" + report.signature());
        long versions = jdbc.sql("select count(*) from result_publication_version").query(Long.class).single();

        var again = post(report);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("outcome").asString()).isEqualTo("DUPLICATE");
        assertThat(jdbc.sql("select count(*) from result_publication_version").query(Long.class).single()).isEqualTo(versions);
        assertThat(stored(f.id("S1"))).isEqualTo(1);
    }

    @Test
    void aDifferentReportForTheSameStationIsRefusedAndFlaggedOnTheSignedInBoardDesk() throws Exception {
        assertThat(post(f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 40))).status()).isEqualTo(201);
        var other = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 41));
        var reply = post(other);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body().get("title").asString()).isEqualTo("report-conflict");
        assertThat(reply.body().get("message_fa").asString()).contains("هیات نظارت");
        assertThat(jdbc.sql("select offered_hash from report_conflict where station_code = ?").param(f.id("S1")).query(String.class).list())
                .containsExactly(other.hash());
        // the accepted report stands
        assertThat(jdbc.sql("select count(*) from station_option_votes where station_code = ? and votes = 40").param(f.id("S1"))
                .query(Long.class).single()).isEqualTo(1);
        // and the conflict is on the board's desk, which needs a signed-in supervisor
        var anonymous = TestHttp.browser(port).get("/results/board");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
        String supervisor = f.user(users, "sup", Role.SUPERVISOR, Jurisdiction.county(f.county));
        var page = TestHttp.browser(port).login(supervisor, ResultsFixture.PASSWORD).get("/results/board");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(f.id("S1"));
        String governor = f.user(users, "gov", Role.GOVERNOR, Jurisdiction.county(f.county));
        assertThat(TestHttp.browser(port).login(governor, ResultsFixture.PASSWORD).get("/results/board").statusCode()).isEqualTo(403);
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() throws Exception {
        var good = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var forged = f.signed("S2", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var reply = post(f.device(f.id("S1")), json.writeValueAsString(new SignedStationReport(good.text(), forged.signature())));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("title").asString()).isEqualTo("report-signature-invalid");
        assertThat(stored(f.id("S1"))).isZero();
    }

    @Test
    void aBrokenChainIsRefusedNamingTheLine() throws Exception {
        var good = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var tampered = new SignedStationReport(good.text().replace("votes=40", "votes=41"), good.signature());
        var reply = post(f.device(f.id("S1")), json.writeValueAsString(tampered));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("title").asString()).isEqualTo("report-chain-broken");
        assertThat(reply.body().get("detail").asString()).contains("line ");
        assertThat(stored(f.id("S1"))).isZero();
    }

    @Test
    void aDeviceSendsOnlyItsOwnReportAndUnsignedOrRevokedDevicesAreRefused() throws Exception {
        var s1Report = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 1));
        var byOtherStation = post(f.device(f.id("S2")), json.writeValueAsString(s1Report));
        assertThat(byOtherStation.status()).isEqualTo(403);
        assertThat(byOtherStation.body().get("title").asString()).isEqualTo("report-not-own");
        assertThat(stored(f.id("S1"))).isZero();

        var unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/station-api/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(s1Report))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).isEqualTo(401);

        devices.revoke(ResultsFixture.deviceId(f.id("S2")));
        var revoked = post(f.signed("S2", ResultsFixture.count(contest, 0, 0, "1001", 1)));
        assertThat(revoked.status()).isEqualTo(401);
        // a trusted caller (no HTTP signer) meets the report's own check: the revoked device's key is not active
        assertThatThrownBy(() -> results.receive(f.signed("S2", ResultsFixture.count(contest, 0, 0, "1001", 1))))
                .isInstanceOf(DomainException.class).hasMessageContaining("revoked");
    }

    @Test
    void aContestTheStationDoesNotServeOrGarbageIsRefused() throws Exception {
        var elsewhere = post(f.signed("S1", ResultsFixture.count(f.id("NOPE"), 0, 0, "1001", 1)));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body().get("title").asString()).isEqualTo("contest-not-served");
        var garbage = post(f.device(f.id("S1")), "{\"text\": 12");
        assertThat(garbage.status()).isEqualTo(400);
    }
}
