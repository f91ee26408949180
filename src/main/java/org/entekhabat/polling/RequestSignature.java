package org.entekhabat.polling;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.entekhabat.polling.internal.JournalFrames;

/**
 * How a station signs a request to central, and how central checks it. The device signs, with
 * Ed25519, the UTF-8 text
 * <pre>  METHOD \n path \n timestamp \n nonce \n hex(SHA-256(body))</pre>
 * and sends {@code X-Device-Id}, {@code X-Timestamp} (ISO instant), {@code X-Nonce} (random, never
 * reused) and {@code X-Signature} (Base64). Central accepts it once, within ±5 minutes of its clock.
 */
public final class RequestSignature {

    public static final String DEVICE_ID = "X-Device-Id";
    public static final String TIMESTAMP = "X-Timestamp";
    public static final String NONCE = "X-Nonce";
    public static final String SIGNATURE = "X-Signature";

    private RequestSignature() {}

    public static String canonical(String method, String path, String timestamp, String nonce, byte[] body) {
        return method.toUpperCase(java.util.Locale.ROOT) + "\n" + path + "\n" + timestamp + "\n" + nonce + "\n" + sha256Hex(body);
    }

    public static byte[] canonicalBytes(String method, String path, String timestamp, String nonce, byte[] body) {
        return canonical(method, path, timestamp, nonce, body).getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256Hex(byte[] body) {
        return HexFormat.of().formatHex(JournalFrames.sha256(body == null ? new byte[0] : body));
    }
}
