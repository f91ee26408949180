package org.entekhabat.results.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import org.entekhabat.results.DeviceKeyDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Device keys from table {@code device_public_key} (base64 X.509 SubjectPublicKeyInfo, Ed25519). */
@Component
class JdbcDeviceKeyDirectory implements DeviceKeyDirectory {

    private final JdbcClient jdbc;

    JdbcDeviceKeyDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PublicKey> activeKeyOf(String deviceId, String stationCode) {
        return jdbc.sql("select public_key_b64 from device_public_key where device_id = ? and station_code = ? and status = 'active'")
                .params(deviceId, stationCode).query(String.class).optional().map(JdbcDeviceKeyDirectory::decode);
    }

    static PublicKey decode(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("device_public_key holds a key that is not Ed25519 X.509 base64", e);
        }
    }
}
