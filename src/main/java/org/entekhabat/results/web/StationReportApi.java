package org.entekhabat.results.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.results.IntakeOutcome;
import org.entekhabat.results.Results;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A station sends its signed report here (with retries). 201: accepted; 200: the same report again;
 * 409: a different report for a station that already has one (refused, flagged for the board);
 * 422: broken chain, unknown device, bad signature or a contest the station does not serve; 403: a report that
 * is not the signing device's own. The request itself is authenticated by the device signature
 * ({@code /station-api/**}, voters module): an unsigned or unknown device's request is refused (401) before this runs.
 */
@RestController
class StationReportApi {

    private final Results results;

    StationReportApi(Results results) {
        this.results = results;
    }

    @PostMapping(path = "/station-api/reports", consumes = "application/json", produces = "application/json")
    ResponseEntity<?> receive(@RequestBody SignedStationReport report, HttpServletRequest request,
                              @org.springframework.web.bind.annotation.RequestAttribute(org.entekhabat.voters.RegisteredDevice.REQUEST_ATTRIBUTE)
                              org.entekhabat.voters.RegisteredDevice signer) {
        IntakeOutcome outcome = results.receive(report, signer);
        var body = Map.of("outcome", outcome.kind().name(), "station", outcome.stationCode(),
                "reportHash", outcome.reportHash(), "version", outcome.version());
        return switch (outcome.kind()) {
            case ACCEPTED -> ResponseEntity.status(HttpStatus.CREATED).body(body);
            case DUPLICATE -> ResponseEntity.ok(body);
            case CONFLICT -> problem(request, new DomainException(409, "report-conflict",
                    "برای شعبهٔ " + outcome.stationCode() + " گزارش دیگری پیش‌تر پذیرفته شده است؛ این گزارش رد و برای هیات نظارت ثبت شد.",
                    "Station " + outcome.stationCode() + " already has a different accepted report; this one is refused and flagged for the supervisory board.",
                    Map.of("reportHash", outcome.reportHash())));
        };
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        return problem(request, e);
    }

    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(Exception e, HttpServletRequest request) {
        return problem(request, DomainException.badInput("report-unreadable", "بدنهٔ درخواست JSON معتبر {text, signature} نیست.",
                "The request body is not valid JSON {text, signature}."));
    }

    static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, DomainException e) {
        var p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.messageEn());
        p.setType(URI.create("https://entekhabat.org/problems/" + e.code()));
        p.setTitle(e.code());
        p.setInstance(URI.create(request.getRequestURI()));
        p.setProperty("message_fa", e.messageFa());
        p.setProperty("message_en", e.messageEn());
        e.details().forEach(p::setProperty);
        return ResponseEntity.status(e.status()).body(p);
    }
}
