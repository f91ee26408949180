package org.entekhabat.voters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A station's devices fetch the station package here (signed GET, {@link SignedRequestFilter}); a
 * device gets only its own station's package. The signature covers the path, and the station in
 * the query must be the device's, so the query needs no signature of its own.
 */
@RestController
class StationPackageController {

    private final StationPackageSource packages;

    StationPackageController(StationPackageSource packages) {
        this.packages = packages;
    }

    @GetMapping(path = "/station-api/package", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> stationPackage(@RequestParam("station") String station,
                                          @RequestAttribute(SignedRequestFilter.DEVICE) RegisteredDevice device) {
        if (!device.stationCode().equals(station)) {
            throw new DomainException(403, "station-package.wrong-station", "این دستگاه از شعبهٔ دیگری است.",
                    "This device belongs to another station.");
        }
        var p = packages.require(station); // stored, else built from the election and the final lists; 404 says why not
        return ResponseEntity.ok(StationPackageJson.write(p));
    }

    /** Refusals as problem details (the node shows central's reason: unknown station, which final lists are missing). */
    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.messageEn());
        problem.setType(URI.create("https://entekhabat.org/problems/" + e.code()));
        problem.setTitle(e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("message_fa", e.messageFa());
        problem.setProperty("message_en", e.messageEn());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
