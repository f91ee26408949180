package org.entekhabat.drills.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.drills.DrillPlan;
import org.entekhabat.election.Contest;
import org.entekhabat.election.ElectionInfo;
import org.entekhabat.election.Elections;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.results.ContestDefinition;
import org.entekhabat.results.CountingMethod;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.Stations;
import org.springframework.stereotype.Component;

/**
 * Chooses a drill's stations and what each will run: stations of the province/county from the real
 * registry (read only), topped up with made-up stations when the registry has fewer than asked;
 * each station's package is its real one when central has it, otherwise one built from the real
 * election's ballot style for the station's place with drill candidates, otherwise the Amanabad
 * demo package. Nothing here writes.
 */
@Component
public class DrillStations {

    /** The fallback package: a 3-seat village council. */
    static final String FIXTURE = "village-amanabad";

    private static final String[] FIRST = {"علی", "فاطمه", "محمد", "زهرا", "حسین", "مریم", "رضا", "سارا", "مهدی", "نرگس", "امیر", "لیلا"};
    private static final String[] LAST = {"کریمی", "رضایی", "احمدی", "موسوی", "صادقی", "حسینی", "نوری", "جعفری", "کاظمی", "رحیمی"};

    private final Stations stations;
    private final Elections elections;
    private final StationPackageSource packages;

    DrillStations(Stations stations, Elections elections, StationPackageSource packages) {
        this.stations = stations;
        this.elections = elections;
        this.packages = packages;
    }

    /** A station the drill runs, with its package and the contests the sandbox's results intake must know. */
    public record Chosen(Station station, boolean synthetic, StationPackage pkg, List<ContestDefinition> contests) {}

    public List<Chosen> choose(DrillPlan plan, String runSuffix) {
        var real = stations.list(plan.provinceId(), plan.countyId());
        if (real.isEmpty() && plan.countyId() == null && plan.provinceId() != null) {
            throw DomainException.notFound("drill.no-stations", "در این استان شعبه‌ای ثبت نشده است.", "The province has no stations.");
        }
        Optional<ElectionInfo> election = elections.current();
        var out = new ArrayList<Chosen>();
        for (int i = 0; i < plan.stations(); i++) {
            boolean synthetic = i >= real.size();
            Station s = synthetic ? synthetic(plan, real, runSuffix, i + 1) : real.get(i);
            out.add(withPackage(s, synthetic, election));
        }
        return out;
    }

    /** A made-up station like the registry's (same county and place when there is one), code DR<suffix>-<nnn>. */
    private static Station synthetic(DrillPlan plan, List<Station> real, String suffix, int n) {
        String code = "DR" + suffix + "-" + String.format("%04d", n);
        var devices = List.of(new Device(code + "-A1", DeviceType.AUTH_TERMINAL), new Device(code + "-V1", DeviceType.VOTING_TERMINAL));
        if (!real.isEmpty()) {
            Station t = real.get(n % real.size());
            return new Station(code, "شعبهٔ مانور " + n, t.address(), t.countyId(), t.provinceId(), t.constituencyId(),
                    t.placeType(), t.placeId(), t.kind(), t.expectedVoters(), t.link(), devices);
        }
        var fixture = StationPackageJson.demo(FIXTURE);
        String county = plan.countyId() != null ? plan.countyId() : fixture.countyId();
        String province = plan.provinceId() != null ? plan.provinceId() : county.substring(0, 3);
        return new Station(code, "شعبهٔ مانور " + n, "", county, province, "DRILL", org.entekhabat.stations.PlaceType.VILLAGE,
                "0", org.entekhabat.stations.StationKind.FIXED, 500, org.entekhabat.stations.LinkType.FIBRE, devices);
    }

    private Chosen withPackage(Station s, boolean synthetic, Optional<ElectionInfo> election) {
        String electionId = election.map(ElectionInfo::id).orElse(null);
        if (!synthetic) {
            var own = packages.find(s.code());
            if (own.isPresent()) return new Chosen(s, false, own.get(), definitions(own.get()));
        }
        if (election.isPresent()) {
            var contests = contestsAt(s);
            if (!contests.isEmpty()) return built(s, synthetic, election.get(), contests);
        }
        var fixture = StationPackageJson.demo(FIXTURE);
        var pkg = new StationPackage(electionId == null ? fixture.electionId() : electionId, fixture.electionDay(), s.code(),
                s.name(), s.provinceId(), s.countyId(), fixture.constituencyPopulation(), fixture.ballotStyles());
        return new Chosen(s, synthetic, pkg, definitions(pkg));
    }

    /** The real election's contests for the station's place (its ballot style), or none. */
    private List<Contest> contestsAt(Station s) {
        try {
            var style = elections.ballotStyleFor(org.entekhabat.election.PlaceType.valueOf(s.placeType().name()), Long.parseLong(s.placeId()));
            return style.contestIds().stream().map(elections::contest).toList();
        } catch (DomainException | NumberFormatException e) {
            return List.of();
        }
    }

    private static Chosen built(Station s, boolean synthetic, ElectionInfo election, List<Contest> contests) {
        var pkgContests = new ArrayList<StationPackage.Contest>();
        var defs = new ArrayList<ContestDefinition>();
        for (var c : contests) {
            var candidates = candidates(c);
            var lists = c.kind() == org.entekhabat.election.ConstituencyKind.LIST_PR_COUNCIL ? lists(candidates, c.seats()) : List.<StationPackage.CandidateList>of();
            pkgContests.add(new StationPackage.Contest(c.id(), c.nameFa(), c.nameEn(), kind(c), c.seats(),
                    c.kind() == org.entekhabat.election.ConstituencyKind.LIST_PR_COUNCIL, candidates, lists));
            var names = new LinkedHashMap<String, String>();
            candidates.forEach(k -> names.put(k.code(), k.name()));
            defs.add(new ContestDefinition(c.id(), c.nameFa(), c.countyId() == null ? s.countyId() : Long.toString(c.countyId()),
                    Integer.toString(c.provinceId()), c.seats(), c.alternates(),
                    c.kind() == org.entekhabat.election.ConstituencyKind.LIST_PR_COUNCIL ? CountingMethod.LIST_PR : CountingMethod.PLURALITY, names));
        }
        var style = new StationPackage.BallotStyle("DRILL-STYLE", pkgContests);
        long population = contests.getFirst().population() == null ? 0 : contests.getFirst().population();
        var pkg = new StationPackage(election.id(), election.electionDay().toLocalDate(), s.code(), s.name(), s.provinceId(),
                s.countyId(), population, List.of(style));
        return new Chosen(s, synthetic, pkg, defs);
    }

    private static StationPackage.ContestKind kind(Contest c) {
        return switch (c.kind()) {
            case CITY_COUNCIL, LIST_PR_COUNCIL -> StationPackage.ContestKind.CITY_COUNCIL;
            case VILLAGE_COUNCIL -> StationPackage.ContestKind.VILLAGE_COUNCIL;
            case MAJLIS -> StationPackage.ContestKind.MAJLIS_BY_ELECTION;
            case EXPERTS -> StationPackage.ContestKind.EXPERTS_BY_ELECTION;
        };
    }

    /** Drill candidates: seats + half as many again (at least 2 more), codes 101, 102 … */
    private static List<StationPackage.Candidate> candidates(Contest c) {
        int n = c.seats() + Math.max(2, c.seats() / 2);
        var out = new ArrayList<StationPackage.Candidate>();
        for (int k = 0; k < n; k++) {
            int h = Math.floorMod((c.id() + k).hashCode(), FIRST.length * LAST.length);
            out.add(new StationPackage.Candidate(Integer.toString(101 + k), FIRST[h % FIRST.length] + " " + LAST[h / FIRST.length], null));
        }
        return out;
    }

    /** Two lists of up to a third of the seats each (codes 901, 902); the other candidates run alone. */
    private static List<StationPackage.CandidateList> lists(List<StationPackage.Candidate> candidates, int seats) {
        int size = Math.max(1, Math.min(seats / 3, candidates.size() / 3));
        var out = new ArrayList<StationPackage.CandidateList>();
        for (int l = 0; l < 2; l++) {
            var members = candidates.subList(l * size, (l + 1) * size).stream().map(StationPackage.Candidate::code).toList();
            out.add(new StationPackage.CandidateList(Integer.toString(901 + l), "فهرست مانور " + (l + 1), members));
        }
        return out;
    }

    /** Contest definitions for a ready-made package: seats = the most a voter may choose, no alternates known. */
    private static List<ContestDefinition> definitions(StationPackage pkg) {
        var out = new ArrayList<ContestDefinition>();
        for (var c : pkg.contests()) {
            Map<String, String> names = new LinkedHashMap<>();
            c.candidates().forEach(k -> names.put(k.code(), k.name()));
            out.add(new ContestDefinition(c.id(), c.nameFa(), pkg.countyId() == null ? "" : pkg.countyId(),
                    pkg.provinceId() == null ? "" : pkg.provinceId(), c.maxChoices(), 0,
                    c.listPr() ? CountingMethod.LIST_PR : CountingMethod.PLURALITY, names));
        }
        return out;
    }
}
