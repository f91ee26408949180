package org.entekhabat.demo;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.stations.Stations;
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
            user("trainer", "آموزش‌دهندهٔ استان تهران", Role.TRAINER, TEHRAN_PROVINCE));

    public record Summary(List<String> lines) {}

    private final GeographyImports geography;
    private final Elections elections;
    private final Users users;
    private final Stations stations;
    private final org.entekhabat.results.Results results;

    DemoData(GeographyImports geography, Elections elections, Users users, Stations stations, org.entekhabat.results.Results results) {
        this.results = results;
        this.geography = geography;
        this.elections = elections;
        this.users = users;
        this.stations = stations;
    }

    public Summary load() {
        var lines = new ArrayList<String>();
        lines.add(divisions());
        lines.add(election());
        lines.add(demoUsers());
        lines.add(demoStations());
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

    private static NewUser user(String username, String displayName, Role role, Jurisdiction where) {
        return new NewUser(username, displayName, role, where, DEMO_PASSWORD);
    }
}
