package org.entekhabat.demo;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.stations.Stations;
import org.springframework.stereotype.Service;

/** Loads the demo (each step skips what is already there) and says what it did. */
@Service
public class DemoData {

    public record Summary(List<String> lines) {}

    private final Stations stations;

    DemoData(Stations stations) {
        this.stations = stations;
    }

    public Summary load() {
        var lines = new ArrayList<String>();
        var demoStations = stations.generateDemo();
        lines.add("Polling stations: " + demoStations.created() + " created, " + demoStations.existing()
                + " already there (Tehran and Markazi; codes ST-<county>-<nnn>).");
        lines.add("Demo data: ready.");
        return new Summary(lines);
    }
}
