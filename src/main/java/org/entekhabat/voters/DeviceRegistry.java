package org.entekhabat.voters;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.VerifyingKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The station devices central trusts, by public key. Revoking is immediate and final. */
@Service
public class DeviceRegistry {

    private final JdbcClient jdbc;
    private final Clock clock;

    DeviceRegistry(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public RegisteredDevice register(String deviceId, String stationCode, String publicKeyBase64, DeviceRole role) {
        Codes.requireCode(deviceId, "device id");
        Codes.requireCode(stationCode, "station code");
        try {
            VerifyingKey.of(DeviceKeys.publicKeyFromBase64(publicKeyBase64)); // a point the station API can verify with
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("device.public-key", "کلید عمومی دستگاه معتبر نیست (باید Ed25519 با قالب X.509 باشد).",
                    "The device public key is not a valid X.509 Ed25519 key.");
        }
        Instant now = clock.instant();
        int inserted = jdbc.sql("""
                        insert into station_device (device_id, station_code, public_key, role, status, registered_at)
                        values (:id, :station, :key, :role, 'ACTIVE', :now) on conflict do nothing""")
                .param("id", deviceId).param("station", stationCode).param("key", publicKeyBase64.trim())
                .param("role", role.name()).param("now", java.sql.Timestamp.from(now))
                .update();
        if (inserted == 0) {
            throw DomainException.conflict("device.exists", "دستگاهی با این شناسه پیش‌تر ثبت شده است.",
                    "A device with this id is already registered.");
        }
        return find(deviceId).orElseThrow();
    }

    public void revoke(String deviceId) {
        int n = jdbc.sql("update station_device set status = 'REVOKED', revoked_at = :now where device_id = :id and status = 'ACTIVE'")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", deviceId).update();
        if (n == 0 && find(deviceId).isEmpty()) {
            throw DomainException.notFound("device.unknown", "چنین دستگاهی ثبت نشده است.", "No such device is registered.");
        }
    }

    public Optional<RegisteredDevice> find(String deviceId) {
        return jdbc.sql("select * from station_device where device_id = :id").param("id", deviceId)
                .query((rs, i) -> new RegisteredDevice(rs.getString("device_id"), rs.getString("station_code"),
                        rs.getString("public_key"), DeviceRole.valueOf(rs.getString("role")),
                        RegisteredDevice.Status.valueOf(rs.getString("status")),
                        rs.getTimestamp("registered_at").toInstant(),
                        rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant()))
                .optional();
    }

    public List<String> devicesOf(String stationCode) {
        return jdbc.sql("select device_id from station_device where station_code = :s order by device_id")
                .param("s", stationCode).query(String.class).list();
    }
}
