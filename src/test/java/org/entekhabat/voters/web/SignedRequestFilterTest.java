package org.entekhabat.voters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.entekhabat.DatabaseTest;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.voters.Channel;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.entekhabat.voters.ParticipationLedger;
import org.entekhabat.voters.internal.SignedRequestVerifier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The station API's one transaction: the nonce and the controller's work commit together, and the
 * answer reaches the station only after that commit has returned (durable before 200).
 */
@DatabaseTest
class SignedRequestFilterTest {

    @Autowired SignedRequestVerifier verifier;
    @Autowired JsonMapper json;
    @Autowired DataSource dataSource;
    @Autowired DeviceRegistry devices;
    @Autowired ParticipationLedger ledger;
    @Autowired JdbcClient jdbc;

    String election;
    String station;
    DeviceKeys keys;
    MockHttpServletResponse response;
    final List<String> atCommit = new ArrayList<>();
    JdbcTransactionManager transactions;

    @BeforeEach
    void setUp() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        election = "E-" + run;
        station = "S-" + run;
        keys = DeviceKeys.generate("FILTER-" + run);
        devices.register(keys.deviceId(), station, keys.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        response = new MockHttpServletResponse();
        transactions = new JdbcTransactionManager(dataSource) {
            @Override
            protected void doCommit(DefaultTransactionStatus status) {
                atCommit.add("committed=" + response.isCommitted() + " bytes=" + response.getContentAsByteArray().length);
                super.doCommit(status);
            }
        };
    }

    private MockHttpServletRequest signedClaim(NationalCode voter) {
        byte[] body = ("{\"electionId\":\"" + election + "\",\"nationalCode\":\"" + voter + "\",\"stationCode\":\"" + station + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        var signed = new SignedRequestClient(URI.create("http://localhost/"), keys, Clock.systemUTC())
                .sign("POST", "/station-api/claims", body);
        var request = new MockHttpServletRequest("POST", "/station-api/claims");
        signed.headers().map().forEach((name, values) -> values.forEach(v -> request.addHeader(name, v)));
        request.setContent(body);
        request.setContentType("application/json");
        return request;
    }

    private FilterChain claimAndAnswer(NationalCode voter, Runnable before) {
        return (req, res) -> {
            ledger.claim(election, voter, station, keys.deviceId(), Channel.ELECTRONIC);
            before.run();
            res.setContentType("application/json");
            res.getOutputStream().write("{\"claimed\":true}".getBytes(StandardCharsets.UTF_8));
            res.flushBuffer(); // what Spring MVC's message converters do: it must not reach the station yet
        };
    }

    private long nonces() {
        return jdbc.sql("select count(*) from station_request_nonce where device_id = :d").param("d", keys.deviceId())
                .query(Long.class).single();
    }

    @Test
    void theAnswerLeavesOnlyAfterTheNonceAndTheClaimCommittedTogether() throws Exception {
        var voter = CivilRegistrySimulator.codeFor(31);
        new SignedRequestFilter(verifier, json, transactions).doFilter(signedClaim(voter), response, claimAndAnswer(voter, () -> {}));
        assertThat(atCommit).containsExactly("committed=false bytes=0");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).isEqualTo("{\"claimed\":true}");
        assertThat(ledger.find(election, voter)).isPresent();
        assertThat(nonces()).isEqualTo(1);
    }

    @Test
    void aFailureAfterTheClaimUndoesTheClaimAndTheNonce() {
        var voter = CivilRegistrySimulator.codeFor(32);
        var filter = new SignedRequestFilter(verifier, json, transactions);
        assertThatThrownBy(() -> filter.doFilter(signedClaim(voter), response,
                claimAndAnswer(voter, () -> { throw new IllegalStateException("boom"); })))
                .hasMessageContaining("boom");
        assertThat(atCommit).isEmpty();
        assertThat(ledger.find(election, voter)).isEmpty();
        assertThat(nonces()).isZero();
    }

    @Test
    void aSuccessAnswerWhoseWorkWasRolledBackBecomesAnError() throws Exception {
        var voter = CivilRegistrySimulator.codeFor(33);
        var inner = new TransactionTemplate(transactions);
        Runnable swallowedFailure = () -> {
            try {
                inner.executeWithoutResult(s -> { throw new IllegalStateException("inner"); }); // marks the whole transaction rollback-only
            } catch (IllegalStateException ignored) {
                // a handler that catches and answers 200 anyway
            }
        };
        new SignedRequestFilter(verifier, json, transactions).doFilter(signedClaim(voter), response, claimAndAnswer(voter, swallowedFailure));
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("station-api.rolled-back").doesNotContain("claimed");
        assertThat(ledger.find(election, voter)).isEmpty();
        assertThat(nonces()).isZero();
    }
}
