package org.entekhabat.voters;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.entekhabat.registry.NationalCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation ledger (دفتر مشارکت): who has voted in an election, where, when and how.
 * {@link #claim} is one statement, {@code insert … on conflict do nothing returning}: of any number
 * of stations claiming the same voter at the same instant, PostgreSQL lets exactly one insert
 * (the primary key), and the others read the winner's row. Commits are durable
 * ({@code synchronous_commit = on}): a claim that was answered survives a crash of central.
 */
@Service
public class ParticipationLedger {

    private final JdbcClient jdbc;
    private final Clock clock;

    ParticipationLedger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Claims the voter for this station now; or says where and when the voter already voted. */
    public ClaimResult claim(String electionId, NationalCode code, String stationCode, String deviceId, Channel channel) {
        return claim(electionId, code, stationCode, deviceId, channel, null);
    }

    /** As {@link #claim(String, NationalCode, String, String, Channel)}, keeping the voter's sex and age band for live turnout. */
    public ClaimResult claim(String electionId, NationalCode code, String stationCode, String deviceId, Channel channel,
                             Demographics who) {
        return claim(electionId, code, stationCode, deviceId, channel, who, null);
    }

    /**
     * As above, for one claim attempt of a station device. The same attempt sent again (its answer was lost
     * to a timeout after central committed it) is answered "claimed" again with the first time; any other
     * claim of a voter already recorded is refused with where and when.
     */
    public ClaimResult claim(String electionId, NationalCode code, String stationCode, String deviceId, Channel channel,
                             Demographics who, String attemptId) {
        Codes.requireCode(electionId, "election id");
        Codes.requireCode(stationCode, "station code");
        Codes.requireCode(deviceId, "device id");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<Timestamp> inserted = insert(electionId, code, stationCode, deviceId, now, channel, who, attemptId);
        if (inserted.isPresent()) return new ClaimResult.Claimed(stationCode, inserted.get().toInstant());
        var existing = find(electionId, code).orElseThrow(); // rows are never deleted
        if (attemptId != null && attemptId.equals(attemptOf(electionId, code)) && deviceId.equals(existing.deviceId())) {
            return new ClaimResult.Claimed(existing.stationCode(), existing.at());
        }
        return new ClaimResult.AlreadyVoted(existing.stationCode(), existing.at(), existing.channel());
    }

    private String attemptOf(String electionId, NationalCode code) {
        return jdbc.sql("select attempt_id from participation where election_id = :e and national_code = :c")
                .param("e", electionId).param("c", code.value()).query(String.class).optional().orElse(null);
    }

    private Optional<Timestamp> insert(String electionId, NationalCode code, String station, String device,
                                       Instant at, Channel channel, Demographics who, String attemptId) {
        return jdbc.sql("""
                        insert into participation (election_id, national_code, station_code, device_id, claimed_at, channel, sex, age_band, attempt_id)
                        values (:e, :c, :s, :d, :at, :ch, :sex, :band, :attempt)
                        on conflict do nothing
                        returning claimed_at""")
                .param("e", electionId).param("c", code.value()).param("s", station).param("d", device)
                .param("at", Timestamp.from(at)).param("ch", channel.name())
                .param("sex", who == null ? null : who.sex()).param("band", who == null ? null : who.ageBand())
                .param("attempt", attemptId)
                .query(Timestamp.class).optional();
    }

    /** A participation row: where, when, how, by which device. */
    public record Participation(String stationCode, String deviceId, Instant at, Channel channel) {}

    public Optional<Participation> find(String electionId, NationalCode code) {
        return jdbc.sql("select station_code, device_id, claimed_at, channel from participation where election_id = :e and national_code = :c")
                .param("e", electionId).param("c", code.value())
                .query((rs, i) -> new Participation(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        Channel.valueOf(rs.getString(4))))
                .optional();
    }

    /**
     * A station's manual register, uploaded when its link is back. Each line is claimed as PAPER at
     * the time written in the register; a line that collides with an existing claim goes to the
     * anomaly queue with both sides. Re-uploading the same register changes nothing.
     */
    @Transactional
    public List<PaperOutcome> recordPaper(String electionId, String stationCode, String deviceId, List<PaperEntry> entries) {
        Codes.requireCode(electionId, "election id");
        Codes.requireCode(stationCode, "station code");
        Codes.requireCode(deviceId, "device id");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var outcomes = new ArrayList<PaperOutcome>(entries.size());
        for (var entry : entries) {
            Instant at = entry.votedAt().truncatedTo(ChronoUnit.MICROS);
            String code = entry.code().value();
            if (insert(electionId, entry.code(), stationCode, deviceId, at, Channel.PAPER, entry.who(), null).isPresent()) {
                outcomes.add(new PaperOutcome(code, PaperOutcome.Kind.RECORDED, null, null));
                continue;
            }
            var first = find(electionId, entry.code()).orElseThrow();
            if (first.stationCode().equals(stationCode) && first.channel() == Channel.PAPER && first.at().equals(at)) {
                outcomes.add(new PaperOutcome(code, PaperOutcome.Kind.ALREADY_RECORDED, null, null));
                continue;
            }
            jdbc.sql("""
                            insert into participation_anomaly (election_id, national_code, first_station, first_device, first_at,
                                first_channel, second_station, second_device, second_at, second_channel, detected_at)
                            values (:e, :c, :fs, :fd, :fa, :fc, :ss, :sd, :sa, 'PAPER', :now)
                            on conflict do nothing""")
                    .param("e", electionId).param("c", code)
                    .param("fs", first.stationCode()).param("fd", first.deviceId()).param("fa", Timestamp.from(first.at()))
                    .param("fc", first.channel().name())
                    .param("ss", stationCode).param("sd", deviceId).param("sa", Timestamp.from(at))
                    .param("now", Timestamp.from(now))
                    .update();
            outcomes.add(new PaperOutcome(code, PaperOutcome.Kind.COLLISION, first.stationCode(), first.at()));
        }
        return outcomes;
    }

    /** The anomaly queue of an election, oldest first, for the supervisory board. */
    public List<ParticipationAnomaly> anomalies(String electionId) {
        return jdbc.sql("select * from participation_anomaly where election_id = :e order by detected_at, id")
                .param("e", electionId)
                .query((rs, i) -> new ParticipationAnomaly(rs.getLong("id"), rs.getString("election_id"),
                        rs.getString("national_code"),
                        rs.getString("first_station"), rs.getString("first_device"), rs.getTimestamp("first_at").toInstant(),
                        Channel.valueOf(rs.getString("first_channel")),
                        rs.getString("second_station"), rs.getString("second_device"), rs.getTimestamp("second_at").toInstant(),
                        Channel.valueOf(rs.getString("second_channel")),
                        rs.getTimestamp("detected_at").toInstant(), rs.getString("status")))
                .list();
    }

    /** How many voters have voted in an election (both channels). */
    public long turnout(String electionId) {
        return jdbc.sql("select count(*) from participation where election_id = :e").param("e", electionId)
                .query(Long.class).single();
    }
}
