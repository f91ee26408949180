package org.entekhabat.voters;

import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.RequestSignature;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Non-negotiable: only registered, active devices with a valid, fresh, never-seen signature change
 * the ledger. Every refusal leaves the voter free to vote with a good device.
 */
@DatabaseTest
class StationApiTest {

    @org.springframework.beans.factory.annotation.Autowired Users users;

    @LocalServerPort int port;
    @Autowired DeviceRegistry devices;
    @Autowired ParticipationLedger ledger;
    @Autowired JdbcClient jdbc;

    String election;
    String station;
    DeviceKeys good;
    URI base;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        election = "E-" + run;
        station = "S-" + run;
        base = URI.create("http://localhost:" + port + "/");
        good = DeviceKeys.generate("AUTH-" + run);
        devices.register(good.deviceId(), station, good.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
    }

    private SignedRequestClient client(DeviceKeys keys) {
        return new SignedRequestClient(base, keys, Clock.systemUTC());
    }

    private String claimBody(NationalCode code, String stationCode) {
        return "{\"electionId\":\"" + election + "\",\"nationalCode\":\"" + code + "\",\"stationCode\":\"" + stationCode + "\"}";
    }

    private long rows(NationalCode code) {
        return jdbc.sql("select count(*) from participation where election_id = :e and national_code = :c")
                .param("e", election).param("c", code.value()).query(Long.class).single();
    }

    @Test
    void aGoodDeviceClaimsAndASecondClaimIsTold409WhereAndWhen() {
        var voter = CivilRegistrySimulator.codeFor(11);
        var ok = client(good).post("/station-api/claims", claimBody(voter, station));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ok.body()).contains("\"claimed\":true");

        var other = DeviceKeys.generate(good.deviceId() + "-B");
        devices.register(other.deviceId(), station + "-B", other.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        var again = client(other).post("/station-api/claims", claimBody(voter, station + "-B"));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
        assertThat(again.body()).contains("Already voted at station " + station + " at ")
                .contains("پیش‌تر در شعبهٔ").contains("\"stationCode\":\"" + station + "\"");
    }

    @Test
    void unregisteredRevokedAndBadlySignedDevicesChangeNothing() {
        var voter = CivilRegistrySimulator.codeFor(12);

        var stranger = DeviceKeys.generate(good.deviceId() + "-X");
        assertRefused(client(stranger).post("/station-api/claims", claimBody(voter, station)), "station-auth.unknown-device");

        var revoked = DeviceKeys.generate(good.deviceId() + "-R");
        devices.register(revoked.deviceId(), station, revoked.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        devices.revoke(revoked.deviceId());
        assertRefused(client(revoked).post("/station-api/claims", claimBody(voter, station)), "station-auth.revoked");

        var impostor = new DeviceKeys(good.deviceId(), DeviceKeys.generate("any").keyPair()); // right id, wrong key
        assertRefused(client(impostor).post("/station-api/claims", claimBody(voter, station)), "station-auth.signature");

        // a signed request whose body was changed on the way
        var signed = client(good).sign("POST", "/station-api/claims", claimBody(voter, station).getBytes(StandardCharsets.UTF_8));
        var tampered = HttpRequest.newBuilder(signed, (k, v) -> true)
                .POST(HttpRequest.BodyPublishers.ofString(claimBody(CivilRegistrySimulator.codeFor(13), station))).build();
        assertRefused(client(good).send(tampered), "station-auth.signature");

        var late = new SignedRequestClient(base, good, Clock.offset(Clock.systemUTC(), Duration.ofMinutes(-6)));
        assertRefused(late.post("/station-api/claims", claimBody(voter, station)), "station-auth.clock");

        var unsigned = client(good).send(HttpRequest.newBuilder(base.resolve("/station-api/claims"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(claimBody(voter, station))).build());
        assertRefused(unsigned, "station-auth.missing");

        assertThat(rows(voter)).isZero();
        assertThat(rows(CivilRegistrySimulator.codeFor(13))).isZero();
        var ok = client(good).post("/station-api/claims", claimBody(voter, station));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(ledger.find(election, voter).orElseThrow().deviceId()).isEqualTo(good.deviceId());
    }

    @Test
    void aDeviceRevokedAfterItWasTrustedIsRefusedOnItsVeryNextRequest() {
        // central keeps a trusted device's key in memory; revocation must not wait for that to expire
        var first = CivilRegistrySimulator.codeFor(18);
        var second = CivilRegistrySimulator.codeFor(19);
        assertThat(client(good).post("/station-api/claims", claimBody(first, station)).statusCode()).isEqualTo(200);
        devices.revoke(good.deviceId());
        assertRefused(client(good).post("/station-api/claims", claimBody(second, station)), "station-auth.revoked");
        assertThat(rows(second)).isZero();
        // ... also when the revocation bypasses the registry (an operator's SQL, another central node)
        var other = DeviceKeys.generate(good.deviceId() + "-N");
        devices.register(other.deviceId(), station, other.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        assertThat(client(other).post("/station-api/claims", claimBody(second, station)).statusCode()).isEqualTo(200);
        jdbc.sql("update station_device set status = 'REVOKED', revoked_at = now() where device_id = :d")
                .param("d", other.deviceId()).update();
        assertRefused(client(other).post("/station-api/claims", claimBody(CivilRegistrySimulator.codeFor(20), station)),
                "station-auth.revoked");
        assertThat(rows(CivilRegistrySimulator.codeFor(20))).isZero();
    }

    @Test
    void aReplayedRequestChangesNothing() {
        var voter = CivilRegistrySimulator.codeFor(14);
        var c = client(good);
        var request = c.sign("POST", "/station-api/claims", claimBody(voter, station).getBytes(StandardCharsets.UTF_8));
        assertThat(c.send(request).statusCode()).isEqualTo(200);
        var before = ledger.find(election, voter).orElseThrow();
        assertRefused(c.send(request), "station-auth.replay");
        assertThat(ledger.find(election, voter).orElseThrow()).isEqualTo(before);
        assertThat(rows(voter)).isEqualTo(1);

        // a replayed paper-register upload adds no anomaly either
        String register = "{\"electionId\":\"" + election + "\",\"stationCode\":\"" + station
                + "\",\"entries\":[{\"nationalCode\":\"" + voter + "\",\"votedAt\":\"2026-05-01T06:00:00Z\"}]}";
        var upload = c.sign("POST", "/station-api/paper-register", register.getBytes(StandardCharsets.UTF_8));
        assertThat(c.send(upload).statusCode()).isEqualTo(200);
        assertThat(ledger.anomalies(election)).hasSize(1);
        assertRefused(c.send(upload), "station-auth.replay");
        assertThat(ledger.anomalies(election)).hasSize(1);
    }

    @Test
    void aDeviceSpeaksOnlyForItsOwnStation() {
        var voter = CivilRegistrySimulator.codeFor(15);
        var response = client(good).post("/station-api/claims", claimBody(voter, "SOMEWHERE-ELSE"));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(rows(voter)).isZero();
        var voting = DeviceKeys.generate(good.deviceId() + "-V");
        devices.register(voting.deviceId(), station, voting.publicKeyBase64(), DeviceRole.VOTING_TERMINAL);
        assertThat(client(voting).post("/station-api/claims", claimBody(voter, station)).statusCode()).isEqualTo(403);
        assertThat(rows(voter)).isZero();
    }

    @Test
    void thePaperRegisterReportsEachLineAndQueuesCollisions() throws Exception {
        var voted = CivilRegistrySimulator.codeFor(16);
        var paper = CivilRegistrySimulator.codeFor(17);
        var other = DeviceKeys.generate(good.deviceId() + "-O");
        devices.register(other.deviceId(), station + "-O", other.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        assertThat(client(other).post("/station-api/claims", claimBody(voted, station + "-O")).statusCode()).isEqualTo(200);

        String register = "{\"electionId\":\"" + election + "\",\"stationCode\":\"" + station + "\",\"entries\":["
                + "{\"nationalCode\":\"" + voted + "\",\"votedAt\":\"2026-05-01T07:00:00Z\"},"
                + "{\"nationalCode\":\"" + paper + "\",\"votedAt\":\"2026-05-01T07:05:00Z\"}]}";
        var response = client(good).post("/station-api/paper-register", register);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"recorded\":1").contains("\"collisions\":1").contains("\"COLLISION\"");

        String badRegister = register.replace(paper.value(), "1234567890");
        var bad = client(good).post("/station-api/paper-register", badRegister);
        assertThat(bad.statusCode()).isEqualTo(400);

        String anomaliesPath = "/api/elections/" + election + "/participation-anomalies";
        var anonymous = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(anomaliesPath)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        String supervisor = "sup-" + station;
        users.createBySystem(new NewUser(supervisor, "ناظر", Role.SUPERVISOR, Jurisdiction.NATION, "supervisor-pass-1405"), "test");
        var list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve(anomaliesPath))
                .header("Authorization", TestHttp.basic(supervisor, "supervisor-pass-1405")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains(voted.value()).contains(station + "-O").contains("\"secondStation\":\"" + station + "\"");
        assertThat(ledger.anomalies(election)).hasSize(1);
    }

    private static void assertRefused(HttpResponse<String> response, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.body()).contains("\"title\":\"" + code + "\"").contains("message_fa");
    }

    @Test
    void theSignedTextIsTheDocumentedOne() {
        assertThat(RequestSignature.canonical("post", "/station-api/claims", "2026-05-01T04:30:00Z", "abc", new byte[0]))
                .isEqualTo("POST\n/station-api/claims\n2026-05-01T04:30:00Z\nabc\n"
                        + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
