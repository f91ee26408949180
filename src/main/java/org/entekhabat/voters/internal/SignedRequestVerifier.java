package org.entekhabat.voters.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicLong;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.RequestSignature;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Central's check of a station's signed request: known device, ACTIVE, timestamp within ±5 minutes
 * of central's clock, valid Ed25519 signature, nonce never seen. The nonce is recorded only after
 * everything else passed, so a refused request leaves no trace but the log.
 */
@Component
public class SignedRequestVerifier {

    public static final Duration WINDOW = Duration.ofMinutes(5);

    private final DeviceRegistry devices;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final AtomicLong lastPrune = new AtomicLong();

    SignedRequestVerifier(DeviceRegistry devices, JdbcClient jdbc, Clock clock) {
        this.devices = devices;
        this.jdbc = jdbc;
        this.clock = clock;
    }

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

    /** The device that signed the request, or {@link Refused}. */
    public RegisteredDevice verify(String method, String path, SignedHeaders h, byte[] body) {
        if (h.deviceId() == null || h.timestamp() == null || h.nonce() == null || h.signature() == null) {
            throw new Refused("station-auth.missing", "درخواست امضا نشده است (سرآیندهای X-Device-Id، X-Timestamp، X-Nonce و X-Signature لازم است).",
                    "The request is not signed (X-Device-Id, X-Timestamp, X-Nonce and X-Signature are required).");
        }
        if (!h.nonce().matches("[A-Za-z0-9_-]{16,128}")) {
            throw new Refused("station-auth.nonce", "نونس درخواست نامعتبر است.", "The request nonce is malformed.");
        }
        var device = devices.find(h.deviceId()).orElseThrow(() -> new Refused("station-auth.unknown-device",
                "این دستگاه در مرکز ثبت نشده است.", "This device is not registered at central."));
        if (!device.active()) {
            throw new Refused("station-auth.revoked", "این دستگاه ابطال شده است.", "This device has been revoked.");
        }
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
        if (!DeviceKeys.verify(device.key(), message, signature)) {
            throw new Refused("station-auth.signature", "امضای درخواست معتبر نیست.", "The request signature is not valid.");
        }
        int fresh = jdbc.sql("insert into station_request_nonce (device_id, nonce, request_time) values (:d, :n, :t) on conflict do nothing")
                .param("d", device.deviceId()).param("n", h.nonce()).param("t", Timestamp.from(stamped)).update();
        if (fresh == 0) {
            throw new Refused("station-auth.replay", "این درخواست پیش‌تر دریافت شده است (تکرار).", "This request was already received (replay).");
        }
        pruneNowAndThen(now);
        return device;
    }

    private static Instant parse(String timestamp) {
        try {
            return Instant.parse(timestamp);
        } catch (DateTimeParseException e) {
            throw new Refused("station-auth.timestamp", "زمان درخواست نامعتبر است.", "The request timestamp is not an ISO instant.");
        }
    }

    /** Nonces whose timestamp has left the window can go: their requests are refused by the clock check anyway. */
    private void pruneNowAndThen(Instant now) {
        long last = lastPrune.get();
        if (now.toEpochMilli() - last < 60_000 || !lastPrune.compareAndSet(last, now.toEpochMilli())) return;
        jdbc.sql("delete from station_request_nonce where request_time < :cut")
                .param("cut", Timestamp.from(now.minus(WINDOW).minusSeconds(60))).update();
    }
}
