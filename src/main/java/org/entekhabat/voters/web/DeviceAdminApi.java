package org.entekhabat.voters.web;

import java.util.List;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Officials register a station's device keys at central (what `station register-devices --central`
 * calls) and revoke a lost or compromised device. Only HQ and the station's governor may do it:
 * a registered key is what lets a device mark voters as having voted.
 */
@RestController
class DeviceAdminApi {

    private static final Role[] OFFICIALS = {Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR};

    private final DeviceRegistry devices;
    private final Access access;
    private final ApplicationEventPublisher events;

    DeviceAdminApi(DeviceRegistry devices, Access access, ApplicationEventPublisher events) {
        this.devices = devices;
        this.access = access;
        this.events = events;
    }

    record NewDevice(String deviceId, String stationCode, String publicKey, DeviceRole role) {}

    @GetMapping("/api/devices")
    List<RegisteredDevice> list(@RequestParam String station) {
        access.requireRead(Jurisdiction.station(station));
        return devices.devicesOf(station).stream().flatMap(id -> devices.find(id).stream()).toList();
    }

    @PostMapping("/api/devices")
    @ResponseStatus(HttpStatus.CREATED)
    @Transactional
    RegisteredDevice register(@RequestBody NewDevice d) {
        if (d == null || blank(d.deviceId()) || blank(d.stationCode()) || blank(d.publicKey()) || d.role() == null) {
            throw DomainException.badInput("device.incomplete", "شناسه، شعبه، کلید عمومی و نقش دستگاه لازم است.",
                    "A device needs its id, station, public key and role.");
        }
        var user = access.requireChange(Jurisdiction.station(d.stationCode()), OFFICIALS);
        if (devices.find(d.deviceId()).isPresent()) {
            throw DomainException.conflict("device.exists", "این دستگاه پیش‌تر ثبت شده است.", "This device is already registered.");
        }
        var registered = devices.register(d.deviceId(), d.stationCode(), d.publicKey(), d.role());
        events.publishEvent(new AuditEvent(user.username(), "device.registered", "device:" + d.deviceId(), "",
                java.util.Map.of("station", d.stationCode(), "role", d.role().name())));
        return registered;
    }

    @PostMapping("/api/devices/{deviceId}/revoke")
    @Transactional
    RegisteredDevice revoke(@PathVariable String deviceId, @RequestBody(required = false) java.util.Map<String, String> body) {
        var device = devices.find(deviceId).orElseThrow(() -> DomainException.notFound("device.unknown",
                "چنین دستگاهی ثبت نشده است.", "No such device is registered."));
        var user = access.requireChange(Jurisdiction.station(device.stationCode()), OFFICIALS);
        String reason = body == null ? "" : body.getOrDefault("reason", "");
        if (reason.isBlank()) {
            throw DomainException.badInput("device.revoke-reason", "دلیل ابطال کلید دستگاه را بنویسید.",
                    "Write why the device's key is revoked.");
        }
        devices.revoke(deviceId);
        events.publishEvent(new AuditEvent(user.username(), "device.revoked", "device:" + deviceId, reason,
                java.util.Map.of("station", device.stationCode())));
        return devices.find(deviceId).orElseThrow();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
