package org.entekhabat.voters.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.entekhabat.polling.RequestSignature;
import org.entekhabat.polling.VerifyingKey;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Central's check of a station's signed request: known device, ACTIVE, timestamp within ±5 minutes
 * of central's clock, valid Ed25519 signature, nonce never seen.
 *
 * <p>Cost per request (it is on the claims hot path): the device's decoded public key is kept in
 * memory after the first request, so the signature check needs no database. Revocation is still
 * checked on every request, in the database, with no extra round trip: the nonce is recorded only
 * {@code where} the device row is ACTIVE with that very key. A device revoked a moment ago is thus
 * refused on its next request (0 s bound), on every central node.
 *
 * <p>Call {@link #verify} inside the transaction that also does the request's work (see the
 * station API filter): the nonce and the claim then commit together, with one durable WAL flush,
 * and a refused or failed request leaves no trace but the log.
 */
@Component
public class SignedRequestVerifier {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    private static final Pattern NONCE = Pattern.compile("[A-Za-z0-9_-]{16,128}");
    /** More devices than the country has terminals means someone is probing: start again. */
    private static final int MAX_CACHED = 200_000;

    private final DeviceRegistry devices;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastPrune = new AtomicLong();
    private final Map<String, KnownDevice> known = new ConcurrentHashMap<>();

    SignedRequestVerifier(DeviceRegistry devices, JdbcClient jdbc, Clock clock) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.clock = org.entekhabat.platform.AdjustableClock.wall(clock); // freshness is physical time
    }

    /** A device seen ACTIVE, with its key decoded. Its status here may be stale; the nonce insert is not. */
    private record KnownDevice(RegisteredDevice device, VerifyingKey key) {}

    /** Why a request was refused: a stable code, Persian and English. */
    public static final class Refused extends RuntimeException {
        private final String code;
        private final String messageFa;

        Refused(String code, String messageFa, String messageEn) {
            super(messageEn);
            this.code = code;
            this.messageFa = messageFa;
        }

        public String code() { return code; }
        public String messageFa() { return messageFa; }
    }

    public record SignedHeaders(String deviceId, String timestamp, String nonce, String signature) {}

    /** The device that signed the request, or {@link Refused}. Records the nonce in the caller's transaction. */
    public RegisteredDevice verify(String method, String path, SignedHeaders h, byte[] body) {
        if (h.deviceId() == null || h.timestamp() == null || h.nonce() == null || h.signature() == null) {
            throw new Refused("station-auth.missing", "درخواست امضا نشده است (سرآیندهای X-Device-Id، X-Timestamp، X-Nonce و X-Signature لازم است).",
                    "The request is not signed (X-Device-Id, X-Timestamp, X-Nonce and X-Signature are required).");
        }
        if (!NONCE.matcher(h.nonce()).matches()) {
            throw new Refused("station-auth.nonce", "نونس درخواست نامعتبر است.", "The request nonce is malformed.");
        }
        var device = knownDevice(h.deviceId());
        Instant stamped = parse(h.timestamp());
        Instant now = clock.instant();
        if (Duration.between(stamped, now).abs().compareTo(WINDOW) > 0) {
            throw new Refused("station-auth.clock", "زمان درخواست بیش از ۵ دقیقه با ساعت مرکز فاصله دارد.",
                    "The request time is more than 5 minutes away from central's clock.");
        }
        byte[] signature;
        try {
            signature = Base64.getDecoder().decode(h.signature());
        } catch (IllegalArgumentException e) {
            signature = new byte[0];
        }
        byte[] message = RequestSignature.canonicalBytes(method, path, h.timestamp(), h.nonce(), body);
        if (!device.key().verify(message, signature)) {
            throw new Refused("station-auth.signature", "امضای درخواست معتبر نیست.", "The request signature is not valid.");
        }
        recordNonce(device.device(), h.nonce(), stamped);
        return device.device();
    }

    private KnownDevice knownDevice(String deviceId) {
        var cached = known.get(deviceId);
        if (cached != null) return cached;
        var device = devices.find(deviceId).orElseThrow(() -> new Refused("station-auth.unknown-device",
                "این دستگاه در مرکز ثبت نشده است.", "This device is not registered at central."));
        if (!device.active()) throw revoked();
        VerifyingKey key;
        try {
            key = VerifyingKey.of(device.key());
        } catch (IllegalArgumentException e) {
            throw new Refused("station-auth.signature", "امضای درخواست معتبر نیست.", "The request signature is not valid.");
        }
        if (known.size() >= MAX_CACHED) known.clear();
        var entry = new KnownDevice(device, key);
        known.put(deviceId, entry);
        return entry;
    }

    /** The nonce, once, and only while the device is ACTIVE with the key we checked. */
    private void recordNonce(RegisteredDevice device, String nonce, Instant stamped) {
        int fresh = jdbc.sql("""
                        insert into station_request_nonce (device_id, nonce, request_time)
                        select device_id, :n, :t from station_device
                         where device_id = :d and status = 'ACTIVE' and public_key = :key
                        on conflict do nothing""")
                .param("d", device.deviceId()).param("n", nonce).param("t", Timestamp.from(stamped))
                .param("key", device.publicKey())
                .update();
        if (fresh == 1) return;
        if (devices.find(device.deviceId()).filter(d -> d.active() && d.publicKey().equals(device.publicKey())).isEmpty()) {
            known.remove(device.deviceId());
            throw revoked();
        }
        throw new Refused("station-auth.replay", "این درخواست پیش‌تر دریافت شده است (تکرار).", "This request was already received (replay).");
    }

    private static Refused revoked() {
        return new Refused("station-auth.revoked", "این دستگاه ابطال شده است.", "This device has been revoked.");
    }

    private static Instant parse(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new Refused("station-auth.timestamp", "زمان درخواست نامعتبر است.", "The request timestamp is not an ISO instant.");
        }
    }

    /**
     * Nonces whose timestamp has left the window can go: their requests are refused by the clock
     * check anyway. At most once a minute; call it outside the request's transaction.
     */
    public void pruneNowAndThen() {
        Instant now = clock.instant();
        long last = lastPrune.get();
        if (now.toEpochMilli() - last < 60_000 || !lastPrune.compareAndSet(last, now.toEpochMilli())) return;
        jdbc.sql("delete from station_request_nonce where request_time < :cut")
                .param("cut", Timestamp.from(now.minus(WINDOW).minusSeconds(60))).update();
    }
}
