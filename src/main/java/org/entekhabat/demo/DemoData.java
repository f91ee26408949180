package org.entekhabat.demo;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.boards.BoardKind;
import org.entekhabat.boards.Boards;
import org.entekhabat.boards.Member;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.LinkType;
import org.entekhabat.stations.PlaceType;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationKind;
import org.entekhabat.stations.Stations;
import org.entekhabat.vetting.CandidateImport;
import org.springframework.stereotype.Service;

/** Loads the demo (each step skips what is already there) and says what it did. */
@Service
public class DemoData {

    /** Demo accounts share one published password: demo data, not a secret. */
    static final String DEMO_PASSWORD = "demo-1405-pass";

    private static final Jurisdiction TEHRAN_PROVINCE = Jurisdiction.province("123");
    private static final Jurisdiction TEHRAN_COUNTY = Jurisdiction.county("1230001");
    private static final Jurisdiction ARAK_COUNTY = Jurisdiction.county("1000001");

    private static final List<NewUser> DEMO_USERS = List.of(
            user("hq", "ستاد انتخابات کشور", Role.NATIONAL_HQ, Jurisdiction.NATION),
            user("tehran-hq", "ستاد انتخابات استان تهران", Role.PROVINCIAL_HQ, TEHRAN_PROVINCE),
            user("governor-tehran", "فرماندار تهران", Role.GOVERNOR, TEHRAN_COUNTY),
            user("governor-arak", "فرماندار اراک", Role.GOVERNOR, ARAK_COUNTY),
            user("board-tehran", "عضو هیات اجرایی تهران", Role.EXECUTIVE_BOARD, TEHRAN_COUNTY),
            user("supervisor-tehran", "عضو هیات نظارت تهران", Role.SUPERVISOR, TEHRAN_COUNTY),
            user("supervisor-arak", "عضو هیات نظارت اراک", Role.SUPERVISOR, ARAK_COUNTY),
            user("supervisor-central", "عضو هیات مرکزی نظارت", Role.SUPERVISOR, Jurisdiction.NATION),
            user("candidate-tehran", "داوطلب شورای شهر تهران", Role.CANDIDATE, TEHRAN_COUNTY),
            user("staff-1", "عامل شعبه ۱", Role.STATION_STAFF, TEHRAN_COUNTY),
            user("trainer", "آموزش‌دهندهٔ استان تهران", Role.TRAINER, TEHRAN_PROVINCE),
            user("party-tehran", "نمایندهٔ حزب (نمونه) در تهران", Role.PARTY_REPRESENTATIVE, TEHRAN_PROVINCE));

    public record Summary(List<String> lines) {}

    private final GeographyImports geography;
    private final Elections elections;
    private final Users users;
    private final Stations stations;
    private final StationPackageSource packages;
    private final Boards boards;
    private final CandidateImport candidates;
    private final org.entekhabat.results.Results results;

    DemoData(GeographyImports geography, Elections elections, Users users, Stations stations,
             StationPackageSource packages, Boards boards, CandidateImport candidates,
             org.entekhabat.results.Results results) {
        this.results = results;
        this.geography = geography;
        this.elections = elections;
        this.users = users;
        this.stations = stations;
        this.packages = packages;
        this.boards = boards;
        this.candidates = candidates;
    }

    /** Demo candidates: Tehran's list council, two Markazi city councils, a village, the by-elections. */
    static final String CANDIDATES_FILE = "demo/candidates-1405.csv";

    public Summary load() {
        var lines = new ArrayList<String>();
        lines.add(divisions());
        lines.add(election());
        lines.add(demoUsers());
        lines.add(demoStations());
        lines.add(demoCandidates());
        lines.add(demoElectionDayStations());
        lines.add(demoBoards());
        lines.add(results());
        lines.add("Demo data: ready.");
        return new Summary(lines);
    }

    private String divisions() {
        var divisions = geography.importDivisions(true);
        return String.format("Divisions: %d provinces, %d counties, %d cities, %d rural districts, %d villages%s.",
                divisions.provinces(), divisions.counties(), divisions.cities(), divisions.ruralDistricts(), divisions.villages(),
                divisions.rowsAdded() > 0 ? " (imported now)" : "");
    }

    private String election() {
        boolean loaded = elections.loadDemoIfAbsent();
        var election = elections.requireCurrent();
        return String.format("Election %s (%s): %s%s.", election.id(), election.electionDay(), election.contests(),
                loaded ? " (loaded now)" : "");
    }

    private String demoStations() {
        var demo = stations.generateDemo();
        return "Polling stations: " + demo.created() + " created, " + demo.existing()
                + " already there (Tehran and Markazi; codes ST-<county>-<nnn>).";
    }

    private String demoCandidates() {
        try (var in = new java.io.InputStreamReader(new org.springframework.core.io.ClassPathResource(CANDIDATES_FILE).getInputStream(),
                java.nio.charset.StandardCharsets.UTF_8)) {
            var r = candidates.importCsv(in, 10);
            long lists = r.constituencies().stream().mapToInt(CandidateImport.Constituency::lists).sum();
            return "Candidates: " + r.created() + " imported, " + r.existing() + " already there, in " + r.constituencies().size()
                    + " constituencies (" + lists + " Tehran lists); final lists published as drills at /candidates.";
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The Tehran list council's city (تهران) and the demo village council of {@link #CANDIDATES_FILE} (Arak county). */
    static final String TEHRAN_CITY = "1230001001576", DEMO_VILLAGE = "1000001001001";

    /**
     * The election-day demo's two stations (README, "Election day in the demo"): registered stations whose
     * packages central builds from the election and the published final lists (no hand-written package).
     */
    private String demoElectionDayStations() {
        var added = new ArrayList<String>();
        for (Station s : List.of(
                new Station("TEH-0001", "شعبهٔ ۱ — مدرسهٔ البرز، خیابان انقلاب، تهران", "تهران، خیابان انقلاب، مدرسهٔ البرز",
                        "1230001", "123", "PR-tehran", PlaceType.CITY, TEHRAN_CITY, StationKind.FIXED, 900, LinkType.FIBRE,
                        List.of(new Device("TEH-0001-A1", DeviceType.AUTH_TERMINAL), new Device("TEH-0001-V1", DeviceType.VOTING_TERMINAL))),
                new Station("ARK-V-0101", "شعبهٔ ۱۰۱ — مسجد روستا، شهرستان اراک", "شهرستان اراک، مسجد روستا",
                        "1000001", "100", "VILLAGE-" + DEMO_VILLAGE, PlaceType.VILLAGE, DEMO_VILLAGE, StationKind.FIXED, 400, LinkType.SIM,
                        List.of(new Device("ARK-V-0101-A1", DeviceType.AUTH_TERMINAL), new Device("ARK-V-0101-V1", DeviceType.VOTING_TERMINAL))))) {
            if (stations.find(s.code()).isEmpty()) {
                stations.save(s, "demo");
                added.add(s.code());
            }
        }
        var ballots = new ArrayList<String>();
        for (String code : List.of("TEH-0001", "ARK-V-0101")) {
            var p = packages.require(code);
            ballots.add(code + ": " + String.join(" + ", p.ballotStyles().getFirst().contestIds()));
        }
        return "Election-day stations " + String.join("; ", ballots) + " (packages built from the election and the final lists"
                + (added.isEmpty() ? ")." : "; registered now: " + String.join(", ", added) + ").");
    }

    /** The results' contests: the election's contests with their registered stations, and the station packages at central. */
    private String results() {
        var r = results.sync();
        return "Results: " + r.contests() + " contests with " + r.expectedStations() + " expected stations, "
                + r.packages() + " station packages (see /results).";
    }

    private String demoUsers() {
        int added = 0;
        for (NewUser u : DEMO_USERS) {
            if (users.find(u.username()).isEmpty()) {
                users.createBySystem(u, "demo");
                added++;
            }
        }
        String names = String.join(", ", DEMO_USERS.stream().map(NewUser::username).toList());
        return "Demo users (" + added + " new): " + names + "; password for all: " + DEMO_PASSWORD;
    }

    /**
     * The Tehran county executive board (the governor, a judiciary representative, the civil-registration
     * head, 8 trusted members elected from 30 nominees, 5 alternates) and the Tehran county and province
     * supervisory boards. The demo runs after the formation window, so it records a past formation (audited).
     */
    private String demoBoards() {
        var judge = ensure(user("judge-tehran", "نمایندهٔ قوهٔ قضاییه در هیات اجرایی تهران", Role.EXECUTIVE_BOARD, TEHRAN_COUNTY));
        var registrar = ensure(user("registrar-tehran", "رئیس ثبت‌احوال تهران", Role.EXECUTIVE_BOARD, TEHRAN_COUNTY));
        var nominees = new ArrayList<String>();
        nominees.add("board-tehran");
        for (int i = 1; i <= 29; i++) {
            nominees.add(ensure(user(String.format("trusted-tehran-%02d", i), "معتمد تهران " + i, Role.EXECUTIVE_BOARD, TEHRAN_COUNTY)));
        }
        var countySupervisors = List.of("supervisor-tehran",
                ensure(user("supervisor-tehran-2", "عضو هیات نظارت تهران ۲", Role.SUPERVISOR, TEHRAN_COUNTY)),
                ensure(user("supervisor-tehran-3", "عضو هیات نظارت تهران ۳", Role.SUPERVISOR, TEHRAN_COUNTY)));
        var provinceSupervisors = new ArrayList<String>();
        for (int i = 1; i <= 3; i++) {
            provinceSupervisors.add(ensure(user("supervisor-province-" + i, "عضو هیات عالی نظارت استان تهران " + i,
                    Role.SUPERVISOR, TEHRAN_PROVINCE)));
        }
        String exec = BoardKind.COUNTY_EXECUTIVE.idFor(TEHRAN_COUNTY);
        if (boards.find(exec).isEmpty()) {
            boards.recordingPastFormation("demo", "demo: the Tehran executive board, formed before the demo started", () -> {
                boards.open(BoardKind.COUNTY_EXECUTIVE, TEHRAN_COUNTY, "demo");
                boards.seatExOfficio(exec, "governor-tehran", "فرماندار تهران (رئیس هیأت)", "demo");
                boards.seatExOfficio(exec, judge, "نمایندهٔ قوهٔ قضاییه", "demo");
                boards.seatExOfficio(exec, registrar, "رئیس ادارهٔ ثبت‌احوال", "demo");
                boards.nominate(exec, nominees, "demo");
                // a recorded ballot: each nominee names 8, mostly the first ten, so the count has a visible order
                for (int i = 0; i < nominees.size(); i++) {
                    var names = new ArrayList<String>();
                    for (int k = 0; k < 8; k++) names.add(nominees.get((i + k) % 10 + (k == 7 ? 10 + i % 5 : 0)));
                    boards.castBallot(exec, nominees.get(i), names.stream().distinct().toList(), "governor-tehran");
                }
                return boards.count(exec, "1405de0001405de0001405de0001405d", "governor-tehran");
            });
        }
        appointAll(BoardKind.COUNTY_SUPERVISORY, TEHRAN_COUNTY, countySupervisors);
        appointAll(BoardKind.PROVINCIAL_SUPERVISORY, TEHRAN_PROVINCE, provinceSupervisors);
        var members = boards.members(exec).stream().map(m -> m.username() + "(" + m.seat().name().toLowerCase() + ")").toList();
        return "Boards: Tehran executive board " + String.join(", ", members) + "; Tehran county supervisory board "
                + String.join(", ", countySupervisors) + "; Tehran province supervisory board " + String.join(", ", provinceSupervisors)
                + " (desk: /boards; password as above).";
    }

    private void appointAll(BoardKind kind, Jurisdiction where, List<String> usernames) {
        String id = kind.idFor(where);
        if (boards.find(id).isEmpty()) boards.open(kind, where, "demo");
        var seated = boards.members(id).stream().map(Member::username).toList();
        for (String u : usernames) if (!seated.contains(u)) boards.appoint(id, u, "", "demo");
    }

    private String ensure(NewUser u) {
        if (users.find(u.username()).isEmpty()) users.createBySystem(u, "demo");
        return u.username();
    }

    private static NewUser user(String username, String displayName, Role role, Jurisdiction where) {
        return new NewUser(username, displayName, role, where, DEMO_PASSWORD);
    }
}
