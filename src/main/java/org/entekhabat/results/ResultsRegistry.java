package org.entekhabat.results;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feeds the results module's own tables until the election and device modules back the directories:
 * contests, the stations expected for each, device public keys, certifying board members. Idempotent.
 */
@Service
public class ResultsRegistry {

    private final JdbcTemplate jdbc;
    private final org.entekhabat.voters.DeviceRegistry devices;

    ResultsRegistry(JdbcTemplate jdbc, org.entekhabat.voters.DeviceRegistry devices) {
        this.devices = devices;
        this.jdbc = jdbc;
    }

    /** A station that serves a contest. */
    public record ExpectedStation(String contestId, String stationCode) {}

    /** A device's key for a station. */
    public record DeviceKey(String deviceId, String stationCode, PublicKey key) {}

    @Transactional
    public void contests(Collection<ContestDefinition> defs, String countyName, String provinceName) {
        var rows = new ArrayList<Object[]>();
        for (var d : defs) {
            rows.add(new Object[] {d.contestId(), d.constituencyName(), d.countyId(), d.provinceId(), countyName, provinceName,
                    d.seats(), d.alternates(), d.method().name()});
        }
        jdbc.batchUpdate("""
                insert into result_contest (contest_id, constituency_name, county_id, province_id, county_name, province_name, seats, alternates, counting_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (contest_id) do nothing""", rows);
        var names = new ArrayList<Object[]>();
        for (var d : defs) d.candidateNames().forEach((code, name) -> names.add(new Object[] {d.contestId(), code, name}));
        jdbc.batchUpdate("insert into result_candidate (contest_id, candidate_code, name) values (?, ?, ?) on conflict do nothing", names);
    }

    @Transactional
    public void expectedStations(List<ExpectedStation> stations) {
        jdbc.batchUpdate("insert into result_expected_station (contest_id, station_code) values (?, ?) on conflict do nothing",
                stations.stream().map(s -> new Object[] {s.contestId(), s.stationCode()}).toList());
    }

    /** Registers voting terminals' keys in the one device registry (tests, benchmarks, drills). */
    @Transactional
    public void deviceKeys(List<DeviceKey> keys) {
        for (var k : keys) {
            if (devices.find(k.deviceId()).isEmpty()) {
                devices.register(k.deviceId(), k.stationCode(), Base64.getEncoder().encodeToString(k.key().getEncoded()),
                        org.entekhabat.voters.DeviceRole.VOTING_TERMINAL);
            }
        }
    }

    /** @param level county | province | central; @param jurisdiction county id, province id, or "" for central */
    @Transactional
    public void boardMember(String memberId, String name, String level, String jurisdiction, String title) {
        jdbc.update("""
                insert into result_board_member (member_id, name, board_level, jurisdiction, role_title) values (?, ?, ?, ?, ?)
                on conflict (member_id) do nothing""", memberId, name, level, jurisdiction, title);
    }
}
