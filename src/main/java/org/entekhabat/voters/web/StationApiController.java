package org.entekhabat.voters.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.registry.CivilRegistry;
import org.entekhabat.voters.Channel;
import org.entekhabat.voters.Demographics;
import org.entekhabat.voters.ClaimResult;
import org.entekhabat.voters.DeviceRole;
import org.entekhabat.voters.PaperEntry;
import org.entekhabat.voters.PaperOutcome;
import org.entekhabat.voters.ParticipationLedger;
import org.entekhabat.voters.RegisteredDevice;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * What a station asks central, signed by its device ({@link SignedRequestFilter}): claim a voter,
 * upload the paper register. Refusals are RFC 9457 problem details in Persian and English.
 */
@RestController
@RequestMapping("/station-api")
class StationApiController {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final ParticipationLedger ledger;
    private final Clock clock;
    private final CivilRegistry registry;

    StationApiController(ParticipationLedger ledger, Clock clock, CivilRegistry registry) {
        this.ledger = ledger;
        this.clock = clock;
        this.registry = registry;
    }

    /** Sex and age band for live turnout, or null when the registry does not know the person. */
    private Demographics who(NationalCode code) {
        return registry.lookup(code).map(p -> Demographics.of(p, java.time.LocalDate.now(clock))).orElse(null);
    }

    /** {@code attemptId}: the station's id for this claim attempt, the same when it retries after a lost answer. */
    record ClaimRequest(String electionId, String nationalCode, String stationCode, String attemptId) {}

    record ClaimResponse(boolean claimed, String stationCode, Instant claimedAt) {}

    @PostMapping(path = "/claims", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
    ClaimResponse claim(@RequestBody ClaimRequest body, @RequestAttribute(SignedRequestFilter.DEVICE) RegisteredDevice device) {
        requireStation(device, body.stationCode());
        var code = NationalCode.parse(body.nationalCode());
        return switch (ledger.claim(body.electionId(), code, body.stationCode(), device.deviceId(), Channel.ELECTRONIC, who(code),
                body.attemptId())) {
            case ClaimResult.Claimed c -> new ClaimResponse(true, c.stationCode(), c.at());
            case ClaimResult.AlreadyVoted a -> throw alreadyVoted(a);
        };
    }

    record PaperLine(String nationalCode, String votedAt) {}

    record PaperRegister(String electionId, String stationCode, List<PaperLine> entries) {}

    record PaperResult(String nationalCode, PaperOutcome.Kind outcome, String existingStation, Instant existingAt) {}

    record PaperResponse(int recorded, int alreadyRecorded, int collisions, List<PaperResult> results) {}

    @PostMapping("/paper-register")
    PaperResponse paperRegister(@RequestBody PaperRegister body, @RequestAttribute(SignedRequestFilter.DEVICE) RegisteredDevice device) {
        requireStation(device, body.stationCode());
        if (body.entries() == null || body.entries().isEmpty() || body.entries().size() > 5000) {
            throw DomainException.badInput("paper-register.size", "فهرست دفتر ثبت باید بین ۱ تا ۵۰۰۰ سطر داشته باشد.",
                    "The paper register must have 1 to 5000 lines.");
        }
        var entries = new ArrayList<PaperEntry>();
        for (var line : body.entries()) {
            var code = NationalCode.parse(line.nationalCode());
            entries.add(new PaperEntry(code, time(line.votedAt()), who(code)));
        }
        var outcomes = ledger.recordPaper(body.electionId(), body.stationCode(), device.deviceId(), entries);
        var results = outcomes.stream()
                .map(o -> new PaperResult(o.nationalCode(), o.kind(), o.existingStation(), o.existingAt())).toList();
        return new PaperResponse(count(outcomes, PaperOutcome.Kind.RECORDED), count(outcomes, PaperOutcome.Kind.ALREADY_RECORDED),
                count(outcomes, PaperOutcome.Kind.COLLISION), results);
    }

    private static int count(List<PaperOutcome> outcomes, PaperOutcome.Kind kind) {
        return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
    }

    private Instant time(String iso) {
        try {
            Instant at = Instant.parse(iso);
            if (at.isAfter(org.entekhabat.platform.AdjustableClock.wall(clock).instant().plusSeconds(300))) throw new DateTimeParseException("in the future", iso, 0);
            return at;
        } catch (DateTimeParseException | NullPointerException e) {
            throw DomainException.badInput("paper-register.time", "زمان یک سطر دفتر ثبت نامعتبر است: " + iso,
                    "A paper-register time is not a past ISO instant: " + iso);
        }
    }

    /** Only the station's authentication terminal speaks for the station. */
    private static void requireStation(RegisteredDevice device, String stationCode) {
        if (device.role() != DeviceRole.AUTH_TERMINAL || !device.stationCode().equals(stationCode)) {
            throw new DomainException(403, "station-auth.wrong-station",
                    "این دستگاه پایانهٔ احراز هویت این شعبه نیست.",
                    "This device is not the authentication terminal of this station.");
        }
    }

    private DomainException alreadyVoted(ClaimResult.AlreadyVoted a) {
        String hhmm = HH_MM.withZone(clock.getZone()).format(a.at());
        return new DomainException(409, "participation.already-voted",
                "این رأی‌دهنده پیش‌تر در شعبهٔ " + PersianNumbers.digits(a.stationCode()) + " ساعت "
                        + PersianNumbers.digits(hhmm) + " رأی داده است.",
                "Already voted at station " + a.stationCode() + " at " + hhmm + ".",
                Map.of("stationCode", a.stationCode(), "claimedAt", a.at().toString(), "channel", a.channel().name()));
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<ProblemDetail> refused(DomainException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.messageEn());
        problem.setType(URI.create("https://entekhabat.org/problems/" + e.code()));
        problem.setTitle(e.code());
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("message_fa", e.messageFa());
        problem.setProperty("message_en", e.messageEn());
        e.details().forEach(problem::setProperty);
        return ResponseEntity.status(e.status()).body(problem);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return refused(DomainException.badInput("bad-json", "بدنهٔ درخواست JSON معتبری نیست.", "The request body is not valid JSON."), request);
    }
}
