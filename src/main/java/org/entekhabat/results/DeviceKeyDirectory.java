package org.entekhabat.results;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Where central finds a station device's registered Ed25519 public key, to check the signature of
 * the report the device sent. Empty when the device is unknown, revoked, or not registered for
 * that station. The built-in implementation reads table {@code device_public_key}; the lead
 * will back it with the device registry.
 */
public interface DeviceKeyDirectory {

    Optional<PublicKey> activeKeyOf(String deviceId, String stationCode);
}
