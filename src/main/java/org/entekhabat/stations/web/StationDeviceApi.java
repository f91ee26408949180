package org.entekhabat.stations.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.stations.LinkTest;
import org.entekhabat.stations.LinkTestReport;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What a station's node reports into its own checklist, signed by one of its devices: link tests
 * ({@code entekhabat station link-test}) and device self-tests. The voters module's signed-request
 * filter has already checked the signature (unsigned, unknown, revoked or replayed: 401 before this
 * runs); here the device must also belong to the station it reports for, in both the key registry
 * and the station registry. Refusals are problem details; nothing is recorded.
 */
@RestController
@RequestMapping("/station-api")
class StationDeviceApi {

    private final Stations stations;

    StationDeviceApi(Stations stations) {
        this.stations = stations;
    }

    record LinkTestRequest(String stationCode, int samples, int lost, Double minMs, Double avgMs, Double maxMs) {}

    @PostMapping("/link-tests")
    ResponseEntity<LinkTest> linkTest(@RequestBody LinkTestRequest r,
                                      @RequestAttribute(RegisteredDevice.REQUEST_ATTRIBUTE) RegisteredDevice device) {
        Station s = stationOf(device, r.stationCode());
        var report = new LinkTestReport(r.samples(), r.lost(), r.minMs(), r.avgMs(), r.maxMs());
        var saved = stations.recordLinkTest(s.code(), report, actor(device));
        return ResponseEntity.created(URI.create("/api/stations/" + s.code() + "/link-tests")).body(saved);
    }

    record DeviceTestRequest(String stationCode, String deviceId, boolean passed, String note) {}

    /** A device's self-test; {@code deviceId} defaults to the signing device (another of the station's may be named). */
    @PostMapping("/device-tests")
    Map<String, Object> deviceTest(@RequestBody DeviceTestRequest r,
                                   @RequestAttribute(RegisteredDevice.REQUEST_ATTRIBUTE) RegisteredDevice device) {
        Station s = stationOf(device, r.stationCode());
        String tested = r.deviceId() == null || r.deviceId().isBlank() ? device.deviceId() : r.deviceId().strip();
        stations.recordDeviceTest(s.code(), tested, r.passed(), r.note(), actor(device));
        return Map.of("station", s.code(), "deviceId", tested, "passed", r.passed());
    }

    private Station stationOf(RegisteredDevice device, String stationCode) {
        if (stationCode == null || !device.stationCode().equals(stationCode)) throw wrongStation();
        Station s = stations.get(stationCode);
        if (s.devices().stream().noneMatch(d -> d.id().equals(device.deviceId()))) throw wrongStation();
        return s;
    }

    private static String actor(RegisteredDevice device) {
        return "device:" + device.deviceId();
    }

    private static DomainException wrongStation() {
        return new DomainException(403, "station-auth.wrong-station", "این دستگاه از آنِ این شعبه نیست.",
                "This device does not belong to this station.");
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.messageEn());
        problem.setType(URI.create("https://entekhabat.org/problems/" + e.code()));
        problem.setTitle(e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("message_fa", e.messageFa());
        problem.setProperty("message_en", e.messageEn());
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return refused(DomainException.badInput("bad-json", "بدنهٔ درخواست JSON معتبری نیست.",
                "The request body is not valid JSON."), request);
    }
}
