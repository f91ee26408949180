package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.entekhabat.DatabaseTest;
import org.entekhabat.polling.SignedStationReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /station-api/reports over real HTTP: good, duplicate, conflicting, bad signature, broken chain, unknown device. */
@DatabaseTest
class ReportIntakeTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    final JsonMapper json = JsonMapper.builder().build();
    final HttpClient http = HttpClient.newHttpClient();
    ResultsFixture f;
    String contest;

    @BeforeEach
    void setUp() {
        f = new ResultsFixture(jdbc);
        contest = f.contest("C1", 5, 3, "S1", "S2");
    }

    record Reply(int status, JsonNode body) {}

    Reply post(SignedStationReport r) throws Exception {
        return post(json.writeValueAsString(r));
    }

    Reply post(String body) throws Exception {
        var req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/station-api/reports"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var res = http.send(req, HttpResponse.BodyHandlers.ofString());
        return new Reply(res.statusCode(), json.readTree(res.body()));
    }

    long stored(String station) {
        return jdbc.sql("select count(*) from station_report where station_code = ?").param(station).query(Long.class).single();
    }

    @Test
    void goodReportIsStoredVerbatimAndTheSameReportAgainIsHarmless() throws Exception {
        var report = f.signed("S1", ResultsFixture.count(contest, 2, 1, "1001", 40, "1002", 30));
        var first = post(report);
        assertThat(first.status()).isEqualTo(201);
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
    void aDifferentReportForTheSameStationIsRefusedAndFlagged() throws Exception {
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
        // and the conflict is on the board's desk
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/results/board")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.body()).contains(f.id("S1"));
    }

    @Test
    void aBadSignatureIsRefusedAndChangesNothing() throws Exception {
        var good = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var forged = f.signed("S2", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var reply = post(new SignedStationReport(good.text(), forged.signature()));
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("title").asString()).isEqualTo("report-signature-invalid");
        assertThat(stored(f.id("S1"))).isZero();
    }

    @Test
    void aBrokenChainIsRefusedNamingTheLine() throws Exception {
        var good = f.signed("S1", ResultsFixture.count(contest, 0, 0, "1001", 40));
        var tampered = new SignedStationReport(good.text().replace("votes=40", "votes=41"), good.signature());
        var reply = post(tampered);
        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body().get("title").asString()).isEqualTo("report-chain-broken");
        assertThat(reply.body().get("detail").asString()).contains("line ");
        assertThat(stored(f.id("S1"))).isZero();
    }

    @Test
    void anUnknownDeviceOrAContestTheStationDoesNotServeIsRefused() throws Exception {
        jdbc.sql("update device_public_key set status = 'revoked' where station_code = ?").param(f.id("S2")).update();
        var revoked = post(f.signed("S2", ResultsFixture.count(contest, 0, 0, "1001", 1)));
        assertThat(revoked.status()).isEqualTo(422);
        assertThat(revoked.body().get("title").asString()).isEqualTo("device-unknown");

        var elsewhere = post(f.signed("S1", ResultsFixture.count(f.id("NOPE"), 0, 0, "1001", 1)));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.body().get("title").asString()).isEqualTo("contest-not-served");

        var garbage = post("{\"text\": 12");
        assertThat(garbage.status()).isEqualTo(400);
    }
}
