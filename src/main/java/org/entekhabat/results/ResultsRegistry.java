package org.entekhabat.results;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entekhabat.election.Contest;
import org.entekhabat.election.Elections;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.stations.DivisionNames;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.entekhabat.tally.AlternatesTable;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills the results' cache of contests ({@code result_contest}, its candidates, lists and expected
 * stations) from the modules that own them:
 * <ul>
 *   <li>{@link #syncFromElection()}: every contest of the current election (id, name, county, province,
 *       seats, alternates, counting rule), and as expected stations every registered station whose
 *       place's ballot style ({@code Elections.ballotStyleFor}) carries the contest;</li>
 *   <li>{@link #syncStationPackage(StationPackage)}: a station package at central: candidates' names and
 *       Tehran lists (membership) for contests the election defines, and contests it does not define
 *       (the demo packages' ids) with that station as expected;</li>
 *   <li>{@link #contests} / {@link #expectedStations}: direct registration for tests, drills and benchmarks.</li>
 * </ul>
 * Idempotent. Device keys live in the one device registry ({@link DeviceRegistry}).
 */
@Service
public class ResultsRegistry {

    private final JdbcTemplate jdbc;
    private final DeviceRegistry devices;
    private final Elections elections;
    private final Stations stations;
    private final DivisionNames names;
    private final StationPackageSource packages;
    private final ObjectProvider<CandidateFacts> facts;

    ResultsRegistry(JdbcTemplate jdbc, DeviceRegistry devices, Elections elections, Stations stations, DivisionNames names,
                    StationPackageSource packages, ObjectProvider<CandidateFacts> facts) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.devices = devices;
        this.elections = elections;
        this.stations = stations;
        this.names = names;
        this.packages = packages;
    }

    /** A station that serves a contest. */
    public record ExpectedStation(String contestId, String stationCode) {}

    /** A device's key for a station. */
    public record DeviceKey(String deviceId, String stationCode, PublicKey key) {}

    /** What a sync did. */
    public record SyncResult(int contests, int expectedStations, int packages) {}

    @Transactional
    public void contests(Collection<ContestDefinition> defs, String countyName, String provinceName) {
        contests(defs, countyName, provinceName, "registered");
    }

    private void contests(Collection<ContestDefinition> defs, String countyName, String provinceName, String source) {
        var rows = new ArrayList<Object[]>();
        for (var d : defs) {
            rows.add(new Object[] {d.contestId(), d.constituencyName(), d.countyId(), d.provinceId(),
                    countyName == null ? names.county(d.countyId()) : countyName,
                    provinceName == null ? names.province(d.provinceId()) : provinceName,
                    d.seats(), d.alternates(), d.method().name(), source});
        }
        // the election may change a contest's name, seats or rule before election day: the cache follows it
        jdbc.batchUpdate("""
                insert into result_contest (contest_id, constituency_name, county_id, province_id, county_name, province_name, seats, alternates, counting_method, source)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (contest_id) do update set constituency_name = excluded.constituency_name,
                county_id = excluded.county_id, province_id = excluded.province_id, county_name = excluded.county_name,
                province_name = excluded.province_name, seats = excluded.seats, alternates = excluded.alternates,
                counting_method = excluded.counting_method""", rows);
        for (var d : defs) candidates(d.contestId(), d.candidates(), d.lists());
    }

    /** Candidates (with the tie facts) and lists of a contest; later facts replace earlier ones. */
    @Transactional
    public void candidates(String contestId, List<ContestDefinition.CandidateInfo> candidates, Map<String, String> lists) {
        jdbc.batchUpdate("""
                insert into result_list (contest_id, list_code, title) values (?, ?, ?)
                on conflict (contest_id, list_code) do update set title = excluded.title""",
                lists.entrySet().stream().map(e -> new Object[] {contestId, e.getKey(), e.getValue()}).toList());
        jdbc.batchUpdate("""
                insert into result_candidate (contest_id, candidate_code, name, veteran, degree, list_code) values (?, ?, ?, ?, ?, ?)
                on conflict (contest_id, candidate_code) do update set name = excluded.name, veteran = excluded.veteran,
                degree = excluded.degree, list_code = excluded.list_code""",
                candidates.stream().map(c -> new Object[] {contestId, c.code(), c.name(), c.veteran(), c.degree(), c.listCode()}).toList());
    }

    @Transactional
    public void expectedStations(List<ExpectedStation> stations) {
        jdbc.batchUpdate("insert into result_expected_station (contest_id, station_code) values (?, ?) on conflict do nothing",
                stations.stream().map(s -> new Object[] {s.contestId(), s.stationCode()}).toList());
    }

    /**
     * The current election's contests and, per registered station, the contests of its place's ballot
     * style; then the station packages at central (names, lists, and contests the election lacks).
     */
    @Transactional
    public SyncResult syncFromElection() {
        if (elections.current().isEmpty()) return new SyncResult(0, 0, 0);
        var expected = new ArrayList<ExpectedStation>();
        for (Station s : stations.list(null, null)) {
            for (String contest : contestsOf(s)) expected.add(new ExpectedStation(contest, s.code()));
        }
        // only contests some registered station serves: a contest without stations has nothing to count yet
        var served = new HashSet<String>();
        expected.forEach(e -> served.add(e.contestId()));
        var defs = new ArrayList<ContestDefinition>();
        for (Contest c : elections.contests()) if (served.contains(c.id())) defs.add(definition(c));
        contests(defs, null, null, "election");
        expectedStations(expected);
        int synced = 0;
        for (var place : packages.places()) {
            // stored packages only: a built package carries the election's contests and final lists, synced above
            var p = packages.stored(place.stationCode());
            if (p.isPresent()) {
                syncStationPackage(p.get());
                synced++;
            }
        }
        return new SyncResult(defs.size(), expected.size(), synced);
    }

    /**
     * One station, as its report arrives: the election's contests of its ballot style (registered stations)
     * and its package's contests (stations with a package at central). Nothing when neither knows it.
     */
    @Transactional
    public void syncStation(String stationCode) {
        if (elections.current().isPresent()) {
            stations.find(stationCode).ifPresent(s -> {
                var ids = contestsOf(s);
                var defs = new ArrayList<ContestDefinition>();
                for (String id : ids) {
                    try {
                        defs.add(definition(elections.contest(id)));
                    } catch (RuntimeException e) {
                        // not in the current election: skipped
                    }
                }
                contests(defs, null, null, "election");
                expectedStations(defs.stream().map(d -> new ExpectedStation(d.contestId(), stationCode)).toList());
            });
        }
        packages.find(stationCode).ifPresent(this::syncStationPackage);
    }

    /** The contests a registered station serves: its place's ballot style in the current election (none when unknown). */
    public List<String> contestsOf(Station s) {
        try {
            var type = org.entekhabat.election.PlaceType.valueOf(s.placeType().name());
            return elections.ballotStyleFor(type, Long.parseLong(s.placeId())).contestIds();
        } catch (RuntimeException e) { // a place the election has no ballot style for, or an id that is not numeric
            return List.of();
        }
    }

    /**
     * A station package: the station is expected in each of its contests; a contest the election does not define
     * is defined from the package (seats: the council's choices, alternates from the default table; Tehran 21 + 11;
     * by-elections single plurality); candidates' names and list membership come from it.
     */
    @Transactional
    public void syncStationPackage(StationPackage p) {
        var expected = new ArrayList<ExpectedStation>();
        for (var c : p.contests()) {
            boolean inElection = jdbc.queryForObject("select count(*) from result_contest where contest_id = ? and source = 'election'",
                    Integer.class, c.id()) > 0;
            var candidates = new ArrayList<ContestDefinition.CandidateInfo>();
            var lists = new java.util.TreeMap<String, String>();
            var known = finalCandidates(c.id());
            if (known.isPresent()) { // the published final list with its tie facts is the truth
                candidates.addAll(known.get().candidates());
                lists.putAll(known.get().lists());
            } else { // a package's own contest: names only, the tie facts unknown
                for (var k : c.candidates()) candidates.add(new ContestDefinition.CandidateInfo(k.code(), k.name(), false, "NONE", c.listOf(k.code())));
                c.lists().forEach(l -> lists.put(l.code(), l.title()));
            }
            if (inElection) {
                candidates(c.id(), candidates, lists);
            } else {
                contests(List.of(fromPackage(p, c, candidates, lists)), null, null, "package");
            }
            expected.add(new ExpectedStation(c.id(), p.stationCode()));
        }
        expectedStations(expected);
    }

    private static ContestDefinition fromPackage(StationPackage p, StationPackage.Contest c, List<ContestDefinition.CandidateInfo> candidates,
                                                 Map<String, String> lists) {
        CountingMethod method = c.listPr() ? CountingMethod.LIST_PR : c.byElection() ? CountingMethod.SINGLE_PLURALITY : CountingMethod.PLURALITY;
        int seats = c.listPr() ? 21 : Math.max(1, c.maxChoices());
        int alternates = switch (method) {
            case LIST_PR -> 11;
            case SINGLE_PLURALITY -> 0;
            case PLURALITY -> AlternatesTable.DEFAULT.alternatesBySeats().getOrDefault(seats, 0);
        };
        String county = c.byElection() ? "" : p.countyId();
        return new ContestDefinition(c.id(), c.nameFa(), county, p.provinceId(), seats, alternates, method, candidates, lists, null);
    }

    private ContestDefinition definition(Contest c) {
        var known = finalCandidates(c.id());
        return new ContestDefinition(c.id(), c.nameFa(), c.countyId() == null ? "" : String.valueOf(c.countyId()),
                String.valueOf(c.provinceId()), c.seats(), c.alternates(), CountingMethod.ofRuleCode(c.rule().code()),
                known.map(CandidateFacts.FinalCandidates::candidates).orElse(List.of()),
                known.map(CandidateFacts.FinalCandidates::lists).orElse(Map.of()), null);
    }

    /** The contest's final candidates with their tie facts, when its list is published (and a source is wired). */
    private java.util.Optional<CandidateFacts.FinalCandidates> finalCandidates(String contestId) {
        var source = facts.getIfAvailable();
        return source == null ? java.util.Optional.empty() : source.of(contestId);
    }

    /** Registers voting terminals' keys in the one device registry (tests, benchmarks, drills). */
    @Transactional
    public void deviceKeys(List<DeviceKey> keys) {
        for (var k : keys) {
            if (devices.find(k.deviceId()).isEmpty()) {
                devices.register(k.deviceId(), k.stationCode(), Base64.getEncoder().encodeToString(k.key().getEncoded()), DeviceRole.VOTING_TERMINAL);
            }
        }
    }
}
