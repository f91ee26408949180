package org.entekhabat.demo;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.springframework.stereotype.Service;

/** Loads the demo (each step skips what is already there) and says what it did. */
@Service
public class DemoData {

    private final GeographyImports geography;
    private final Elections elections;

    DemoData(GeographyImports geography, Elections elections) {
        this.geography = geography;
        this.elections = elections;
    }

    public record Summary(List<String> lines) {}

    public Summary load() {
        var lines = new ArrayList<String>();
        var divisions = geography.importDivisions(true);
        lines.add(String.format("Divisions: %d provinces, %d counties, %d cities, %d rural districts, %d villages%s.",
                divisions.provinces(), divisions.counties(), divisions.cities(), divisions.ruralDistricts(), divisions.villages(),
                divisions.rowsAdded() > 0 ? " (imported now)" : ""));
        boolean loaded = elections.loadDemoIfAbsent();
        var election = elections.requireCurrent();
        lines.add(String.format("Election %s (%s): %s%s.", election.id(), election.electionDay(), election.contests(),
                loaded ? " (loaded now)" : ""));
        lines.add("Demo data: ready.");
        return new Summary(lines);
    }
}
