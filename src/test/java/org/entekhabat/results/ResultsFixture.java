package org.entekhabat.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationReport;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;

/**
 * Test data for the results module, with a fresh prefix so tests never collide in a shared schema:
 * contests (registered straight into the results' contest cache) in the real county of Tehran, their
 * expected stations, one voting terminal per station registered in the one device registry, signed
 * reports, and supervisory board members (as identity users or as plain {@link BoardMember}s).
 */
public final class ResultsFixture {

    public static final String PASSWORD = "results-test-pass-1405";
    public final String prefix = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    public final String county = "1230001";
    public final String province = "123";
    private final DeviceRegistry devices;
    private final ResultsRegistry registry;
    private final Map<String, DeviceKeys> keys = new HashMap<>();

    public ResultsFixture(DeviceRegistry devices, ResultsRegistry registry) {
        this.devices = devices;
        this.registry = registry;
    }

    public String id(String local) {
        return prefix + "-" + local;
    }

    /** A block-plurality contest in this fixture's county with the given stations (ids made unique with the prefix). */
    public String contest(String local, int seats, int alternates, String... stations) {
        return contest(local, CountingMethod.PLURALITY, seats, alternates, List.of(), Map.of(), stations);
    }

    public String contest(String local, CountingMethod method, int seats, int alternates, List<ContestDefinition.CandidateInfo> candidates,
                          Map<String, String> lists, String... stations) {
        String id = id(local);
        registry.contests(List.of(new ContestDefinition(id, "شورای شهر " + local, method == CountingMethod.SINGLE_PLURALITY ? "" : county,
                province, seats, alternates, method, candidates, lists, null)), null, null);
        var expected = new ArrayList<ResultsRegistry.ExpectedStation>();
        for (String s : stations) {
            expected.add(new ResultsRegistry.ExpectedStation(id, id(s)));
            device(id(s));
        }
        registry.expectedStations(expected);
        return id;
    }

    /** The station's voting terminal, registered in the device registry on first use. */
    public DeviceKeys device(String stationCode) {
        return keys.computeIfAbsent(stationCode, s -> {
            var k = DeviceKeys.generate(deviceId(s));
            devices.register(k.deviceId(), s, k.publicKeyBase64(), DeviceRole.VOTING_TERMINAL);
            return k;
        });
    }

    public static String deviceId(String stationCode) {
        return "dev-" + stationCode;
    }

    /** A board member for service-level calls: level from the jurisdiction (NATION central, PROVINCE, COUNTY). */
    public BoardMember member(String local, Jurisdiction where) {
        return new BoardMember(id(local).toLowerCase(), "عضو " + local, where);
    }

    /** A signed-in account: role and jurisdiction; the username is returned (password {@link #PASSWORD}). */
    public String user(Users users, String local, Role role, Jurisdiction where) {
        String username = id(local).toLowerCase();
        users.createBySystem(new NewUser(username, "عضو " + local, role, where, PASSWORD), "test");
        return username;
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
        return SignedStationReport.sign(report, device(station).keyPair().getPrivate());
    }

    public static List<String> list(String... s) {
        return new ArrayList<>(List.of(s));
    }

    static String b64(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }
}
