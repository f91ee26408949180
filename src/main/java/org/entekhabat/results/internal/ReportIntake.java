package org.entekhabat.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationReport;
import org.entekhabat.results.DeviceKeyDirectory;
import org.entekhabat.results.IntakeOutcome;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Central's intake of a signed station report: re-check the hash chain, check the signature against the
 * device's registered key, refuse contests the station does not serve, then store the text and signature
 * verbatim with its decoded totals. The same report again changes nothing; a different report for a
 * station that already has one is refused and kept in report_conflict for the supervisory board.
 */
@Service
public class ReportIntake {

    private final JdbcClient jdbc;
    private final DeviceKeyDirectory keys;
    private final PublicationLog log;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.entekhabat.results.ResultsRegistry registry;

    ReportIntake(JdbcClient jdbc, DeviceKeyDirectory keys, PublicationLog log,
                 ApplicationEventPublisher events, Clock clock, org.entekhabat.results.ResultsRegistry registry) {
        this.registry = registry;
        this.jdbc = jdbc;
        this.keys = keys;
        this.log = log;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public IntakeOutcome receive(SignedStationReport signed) {
        return receive(signed, null);
    }

    /**
     * @param signer the device that signed the HTTP request ({@code /station-api/**}), or null for a trusted
     *               caller (CLI, benchmark); a device may only send its own report (its id and station)
     */
    @Transactional
    public IntakeOutcome receive(SignedStationReport signed, org.entekhabat.voters.RegisteredDevice signer) {
        StationReport report = checked(signed);
        if (signer != null && (!signer.deviceId().equals(report.deviceId()) || !signer.stationCode().equals(report.stationCode()))) {
            throw new DomainException(403, "report-not-own", "دستگاه " + signer.deviceId() + " تنها گزارش خود را (شعبهٔ "
                    + signer.stationCode() + ") می‌فرستد؛ این گزارش از دستگاه " + report.deviceId() + " در شعبهٔ " + report.stationCode() + " است.",
                    "Device " + signer.deviceId() + " may send only its own report (station " + signer.stationCode()
                            + "); this report is device " + report.deviceId() + "'s at station " + report.stationCode() + ".");
        }
        String station = report.stationCode();
        String hash = signed.hash();
        // one intake per station at a time, so "first report wins" holds under concurrent retries
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?))").param("station-report:" + station).query(rs -> { });
        Optional<String> existing = jdbc.sql("select report_hash from station_report where station_code = ?")
                .param(station).query(String.class).optional();
        if (existing.isPresent()) {
            if (existing.get().equals(hash)) return new IntakeOutcome(IntakeOutcome.Kind.DUPLICATE, station, hash, 0);
            return conflict(signed, station, existing.get(), hash);
        }
        var contestIds = report.contests().stream().map(StationReport.ContestCount::contestId).toList();
        long version = log.append("report", station, contestIds, "device:" + report.deviceId(), "", "report " + hash);
        jdbc.sql("""
                insert into station_report (station_code, report_hash, device_id, election_id, authenticated, canonical_text, signature, received_at, version)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(station, hash, report.deviceId(), report.electionId(), report.authenticated(), signed.text(), signed.signature(),
                        Timestamp.from(clock.instant()), version).update();
        for (var c : report.contests()) storeTotals(station, c);
        events.publishEvent(new AuditEvent("device:" + report.deviceId(), "results.report-accepted", "station:" + station, "",
                Map.of("reportHash", hash, "version", version, "contests", String.join(",", contestIds))));
        return new IntakeOutcome(IntakeOutcome.Kind.ACCEPTED, station, hash, version);
    }

    /** Every check that needs no lock: chain, device key, signature, contests. Throws on the first failure. */
    private StationReport checked(SignedStationReport signed) {
        if (signed == null || signed.text() == null || signed.signature() == null || signed.text().isBlank()) {
            throw DomainException.badInput("report-missing", "متن گزارش یا امضای آن خالی است.", "The report text or its signature is missing.");
        }
        StationReport report;
        try {
            report = signed.report();
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            throw new DomainException(422, "report-chain-broken", "زنجیرهٔ درهم‌سازی گزارش شعبه درست نیست: " + e.getMessage(),
                    "The station report's hash chain does not check: " + e.getMessage());
        }
        var key = keys.activeKeyOf(report.deviceId(), report.stationCode()).orElseThrow(() -> new DomainException(422, "device-unknown",
                "دستگاه " + report.deviceId() + " برای شعبهٔ " + report.stationCode() + " ثبت نشده یا باطل شده است.",
                "Device " + report.deviceId() + " is not registered (or is revoked) for station " + report.stationCode() + "."));
        if (!signed.verify(key)) {
            throw new DomainException(422, "report-signature-invalid", "امضای گزارش شعبه با کلید ثبت‌شدهٔ دستگاه نمی‌خواند.",
                    "The report's signature does not verify with the device's registered key.");
        }
        var ids = report.contests().stream().map(StationReport.ContestCount::contestId).distinct().toArray(String[]::new);
        if (served(report.stationCode(), ids) != ids.length) registry.syncStation(report.stationCode()); // first word from this station
        if (served(report.stationCode(), ids) != ids.length) {
            throw new DomainException(422, "contest-not-served", "شعبهٔ " + report.stationCode() + " در یکی از حوزه‌های گزارش نیست.",
                    "Station " + report.stationCode() + " does not serve every contest in its report: " + String.join(", ", ids) + ".");
        }
        return report;
    }

    private long served(String station, String[] ids) {
        return jdbc.sql("""
                select count(*) from result_expected_station e join result_contest c using (contest_id)
                where e.station_code = ? and e.contest_id = any(?)""").params(station, ids).query(Long.class).single();
    }

    private IntakeOutcome conflict(SignedStationReport signed, String station, String accepted, String offered) {
        int added = jdbc.sql("""
                insert into report_conflict (station_code, accepted_hash, offered_hash, offered_text, offered_signature, received_at)
                values (?, ?, ?, ?, ?, ?) on conflict (station_code, offered_hash) do nothing""")
                .params(station, accepted, offered, signed.text(), signed.signature(), Timestamp.from(clock.instant())).update();
        if (added > 0) {
            events.publishEvent(new AuditEvent("system", "results.report-conflict", "station:" + station,
                    "a second, different signed report for a station that already has one",
                    Map.of("acceptedHash", accepted, "offeredHash", offered)));
        }
        return new IntakeOutcome(IntakeOutcome.Kind.CONFLICT, station, offered, 0);
    }

    private void storeTotals(String station, StationReport.ContestCount c) {
        jdbc.sql("insert into station_contest_total (station_code, contest_id, ballots, blank, invalid) values (?, ?, ?, ?, ?)")
                .params(station, c.contestId(), c.ballots(), c.blank(), c.invalid()).update();
        int n = c.candidateVotes().size() + c.listVotes().size();
        if (n == 0) return;
        var kinds = new String[n];
        var codes = new String[n];
        var votes = new Long[n];
        int i = 0;
        for (var e : c.candidateVotes().entrySet()) { kinds[i] = "candidate"; codes[i] = e.getKey(); votes[i++] = e.getValue(); }
        for (var e : c.listVotes().entrySet()) { kinds[i] = "list"; codes[i] = e.getKey(); votes[i++] = e.getValue(); }
        // one statement for all of a contest's options
        jdbc.sql("""
                insert into station_option_votes (station_code, contest_id, kind, code, votes)
                select ?, ?, k, c, v from unnest(?::text[], ?::text[], ?::bigint[]) as t(k, c, v)""")
                .params(station, c.contestId(), kinds, codes, votes).update();
    }
}
