package org.entekhabat.voters;

import java.security.PublicKey;
import java.time.Instant;
import org.entekhabat.polling.DeviceKeys;

/** A station device as central knows it. {@code publicKey} is X.509, Base64. */
public record RegisteredDevice(String deviceId, String stationCode, String publicKey, DeviceRole role,
                               Status status, Instant registeredAt, Instant revokedAt) {

    public enum Status { ACTIVE, REVOKED }

    /** The request attribute under which {@code /station-api/**} handlers find the device that signed the request. */
    public static final String REQUEST_ATTRIBUTE = "org.entekhabat.voters.device";

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public PublicKey key() {
        return DeviceKeys.publicKeyFromBase64(publicKey);
    }
}
