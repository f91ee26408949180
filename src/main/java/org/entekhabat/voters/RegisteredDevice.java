package org.entekhabat.voters;

import java.security.PublicKey;
import java.time.Instant;
import org.entekhabat.polling.DeviceKeys;

/** A station device as central knows it. {@code publicKey} is X.509, Base64. */
public record RegisteredDevice(String deviceId, String stationCode, String publicKey, DeviceRole role,
                               Status status, Instant registeredAt, Instant revokedAt) {

    /**
     * The request attribute that holds the verified device of a {@code /station-api/**} request;
     * controllers of other modules read it with {@code @RequestAttribute(REQUEST_ATTRIBUTE)}.
     */
    public static final String REQUEST_ATTRIBUTE = "org.entekhabat.voters.device";

    public enum Status { ACTIVE, REVOKED }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    public PublicKey key() {
        return DeviceKeys.publicKeyFromBase64(publicKey);
    }
}
