package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The station side of the signed protocol ({@link RequestSignature}): every request to central
 * carries the device id, a timestamp, a fresh nonce and the device's signature. Thread-safe.
 */
public final class SignedRequestClient {

    private final URI base;
    private final DeviceKeys keys;
    private final Clock clock;
    private final HttpClient http;
    private final SecureRandom random = new SecureRandom();

    public SignedRequestClient(URI base, DeviceKeys keys, Clock clock, HttpClient http) {
        this.base = base;
        this.keys = keys;
        this.clock = clock;
        this.http = http;
    }

    public SignedRequestClient(URI base, DeviceKeys keys, Clock clock) {
        this(base, keys, clock, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    /** POSTs a JSON body, signed. */
    public HttpResponse<String> post(String path, String json) {
        return send(sign("POST", path, json.getBytes(StandardCharsets.UTF_8)));
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("request to central failed: " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** A signed request, ready to send (and, in tests, to replay). */
    public HttpRequest sign(String method, String path, byte[] body) {
        byte[] n = new byte[18];
        random.nextBytes(n);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(n);
        String timestamp = clock.instant().toString();
        byte[] signature = keys.sign(RequestSignature.canonicalBytes(method, path, timestamp, nonce, body));
        return HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(15))
                .header("Content-Type", "application/json")
                .header(RequestSignature.DEVICE_ID, keys.deviceId())
                .header(RequestSignature.TIMESTAMP, timestamp)
                .header(RequestSignature.NONCE, nonce)
                .header(RequestSignature.SIGNATURE, Base64.getEncoder().encodeToString(signature))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
    }

    public DeviceKeys keys() {
        return keys;
    }
}
