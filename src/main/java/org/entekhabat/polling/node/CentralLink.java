package org.entekhabat.polling.node;

import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.RequestSignature;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The node's only conversation with central, every request signed by a station device: claim a
 * voter, upload the paper register, fetch the package, send the report. A connection error or a
 * timeout is {@link Unreachable}, which is what proposes the paper process.
 */
public class CentralLink {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private volatile URI base;
    private final DeviceKeys authKeys;
    private final DeviceKeys voteKeys;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();

    public CentralLink(String url, DeviceKeys authKeys, DeviceKeys voteKeys, Clock clock) {
        this.base = normalise(url);
        this.authKeys = authKeys;
        this.voteKeys = voteKeys;
        this.clock = clock;
    }

    static URI normalise(String url) {
        return URI.create(url.endsWith("/") ? url : url + "/");
    }

    public URI base() { return base; }

    public void pointAt(String url) { this.base = normalise(url); }

    /** Central could not be reached (connection refused, timeout, 5xx): the paper process may take over. */
    public static final class Unreachable extends RuntimeException {
        public Unreachable(String message, Throwable cause) { super(message, cause); }
    }

    /** Central answered with a refusal (problem detail): status, stable code, Persian and English, details. */
    public record Problem(int status, String code, String messageFa, String messageEn, JsonNode body) {}

    public sealed interface ClaimAnswer {
        record Claimed(Instant at) implements ClaimAnswer {}
        record AlreadyVoted(String stationCode, Instant at) implements ClaimAnswer {}
        record Refused(Problem problem) implements ClaimAnswer {}
    }

    /**
     * Claims the voter at central. One attempt id for the whole call: when an answer is lost (timeout after
     * central committed the claim), the retry is the same attempt and central answers "claimed" again.
     */
    public ClaimAnswer claim(String electionId, String nationalCode, String stationCode) {
        String attemptId = java.util.UUID.randomUUID().toString();
        var body = JSON.writeValueAsString(Map.of("electionId", electionId, "nationalCode", nationalCode,
                "stationCode", stationCode, "attemptId", attemptId));
        HttpResponse<String> response;
        try {
            response = post(authKeys, "/station-api/claims", body);
        } catch (Unreachable lost) {
            response = post(authKeys, "/station-api/claims", body); // once more; a second failure goes to paper
        }
        if (response.statusCode() == 200) return new ClaimAnswer.Claimed(Instant.parse(json(response).path("claimedAt").asString()));
        var problem = problem(response);
        if (response.statusCode() == 409 && problem.body().has("stationCode")) {
            return new ClaimAnswer.AlreadyVoted(problem.body().path("stationCode").asString(),
                    Instant.parse(problem.body().path("claimedAt").asString()));
        }
        return new ClaimAnswer.Refused(problem);
    }

    public record PaperLine(String nationalCode, String votedAt) {}

    /** Uploads the manual register; returns central's answer (recorded, alreadyRecorded, collisions …). */
    public JsonNode uploadPaperRegister(String electionId, String stationCode, List<PaperLine> lines) {
        var body = JSON.writeValueAsString(Map.of("electionId", electionId, "stationCode", stationCode, "entries", lines));
        var response = post(authKeys, "/station-api/paper-register", body);
        if (response.statusCode() != 200) {
            var p = problem(response);
            throw new IllegalStateException(p.messageFa() == null ? "HTTP " + response.statusCode() : p.messageFa());
        }
        return json(response);
    }

    /** The station's package, from central (a signed GET; the signature covers the path). */
    public StationPackage fetchPackage(String stationCode) {
        String path = "/station-api/package";
        String timestamp = clock.instant().toString();
        byte[] n = new byte[18];
        new SecureRandom().nextBytes(n);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
        byte[] signature = authKeys.sign(RequestSignature.canonicalBytes("GET", path, timestamp, nonce, new byte[0]));
        var request = HttpRequest.newBuilder(base.resolve(path.substring(1) + "?station=" + java.net.URLEncoder.encode(stationCode, StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(15))
                .header(RequestSignature.DEVICE_ID, authKeys.deviceId())
                .header(RequestSignature.TIMESTAMP, timestamp)
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, Base64.getEncoder().encodeToString(signature))
                .GET().build();
        var response = send(request);
        if (response.statusCode() != 200) {
            var p = problem(response);
            throw new IllegalStateException("central refused the package (HTTP " + response.statusCode() + "): " + p.messageEn());
        }
        return StationPackageJson.parse(response.body());
    }

    /** Sends a signed report; the HTTP answer as is (the sender decides what it means). */
    public HttpResponse<String> sendReport(SignedStationReport report) {
        var body = JSON.writeValueAsString(Map.of("text", report.text(), "signature", report.signature()));
        return post(voteKeys, "/station-api/reports", body);
    }

    private HttpResponse<String> post(DeviceKeys keys, String path, String body) {
        var client = new SignedRequestClient(base, keys, clock, http);
        // the signed path is absolute; resolve against the base (which may carry a prefix) by hand
        return send(client.sign("POST", path, body.getBytes(StandardCharsets.UTF_8)));
    }

    private HttpResponse<String> send(HttpRequest request) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new Unreachable("central cannot be reached at " + base + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable("interrupted", e);
        } catch (UncheckedIOException e) {
            throw new Unreachable("central cannot be reached at " + base, e);
        }
        if (response.statusCode() >= 500) throw new Unreachable("central answered HTTP " + response.statusCode(), null);
        return response;
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (RuntimeException e) {
            return JSON.createObjectNode();
        }
    }

    static Problem problem(HttpResponse<String> response) {
        var body = json(response);
        return new Problem(response.statusCode(), body.path("title").asString(""), body.path("message_fa").asString(null),
                body.path("message_en").asString(body.path("detail").asString("HTTP " + response.statusCode())), body);
    }
}
