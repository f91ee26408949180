package org.entekhabat.results;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationReport;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test data for the results module, with a fresh prefix so tests never collide in a shared schema:
 * contests with expected stations, one registered Ed25519 device per station, signed reports.
 */
public final class ResultsFixture {

    private final JdbcClient jdbc;
    public final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    public final String county = prefix + "-county";
    public final String province = prefix + "-province";
    private final Map<String, KeyPair> devices = new HashMap<>();

    public ResultsFixture(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public String id(String local) {
        return prefix + "-" + local;
    }

    /** A plurality contest in this fixture's county with the given stations (ids made unique with the prefix). */
    public String contest(String local, int seats, int alternates, String... stations) {
        String id = id(local);
        jdbc.sql("insert into result_contest (contest_id, constituency_name, county_id, province_id, county_name, province_name, seats, alternates, counting_method) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, 'PLURALITY')")
                .params(id, "شورای شهر " + local, county, province, "شهرستان " + prefix, "استان " + prefix, seats, alternates).update();
        for (String s : stations) {
            jdbc.sql("insert into result_expected_station (contest_id, station_code) values (?, ?)").params(id, id(s)).update();
            device(id(s));
        }
        return id;
    }

    public KeyPair device(String stationCode) {
        return devices.computeIfAbsent(stationCode, s -> {
            try {
                var keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
                jdbc.sql("insert into device_public_key (device_id, station_code, public_key_b64) values (?, ?, ?) on conflict do nothing")
                        .params(deviceId(s), s, Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())).update();
                return keys;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    public static String deviceId(String stationCode) {
        return "dev-" + stationCode;
    }

    public String member(String local, String level, String jurisdiction) {
        String id = id(local);
        jdbc.sql("insert into result_board_member (member_id, name, board_level, jurisdiction, role_title) values (?, ?, ?, ?, ?)")
                .params(id, "عضو " + local, level, jurisdiction, "عضو هیات").update();
        return id;
    }

    /** One contest's count at a station: votes as code, votes, code, votes ... */
    public static StationReport.ContestCount count(String contestId, long blank, long invalid, Object... codeVotes) {
        var votes = new TreeMap<String, Long>();
        long sum = 0;
        for (int i = 0; i < codeVotes.length; i += 2) {
            long v = ((Number) codeVotes[i + 1]).longValue();
            votes.put(codeVotes[i].toString(), v);
            sum += v;
        }
        return new StationReport.ContestCount(contestId, sum + blank + invalid, blank, invalid, votes, null);
    }

    public SignedStationReport signed(String localStation, StationReport.ContestCount... counts) {
        String station = id(localStation);
        long ballots = counts.length == 0 ? 0 : counts[0].ballots();
        var report = new StationReport("1405", station, deviceId(station), Instant.parse("2026-05-01T04:30:00Z"),
                Instant.parse("2026-05-01T14:30:00Z"), ballots, ballots, 0, "", "ab".repeat(32), List.of(counts));
        return SignedStationReport.sign(report, device(station).getPrivate());
    }

    public static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }
}
