package org.entekhabat.voters;

import java.security.PublicKey;
import java.time.Instant;
import org.entekhabat.polling.DeviceKeys;

/** A station device as central knows it. {@code publicKey} is X.509, Base64. */
public record RegisteredDevice(String deviceId, String stationCode, String publicKey, DeviceRole role,
                               Status status, Instant registeredAt, Instant revokedAt) {

    public enum Status { ACTIVE, REVOKED }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public PublicKey key() {
        return DeviceKeys.publicKeyFromBase64(publicKey);
    }
}
