package org.entekhabat.stations;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the checklist knows about one station: its latest link test, power check, the latest
 * self-test of each device (by device id) and all its deficiencies.
 */
public record StationChecklist(Station station, Optional<LinkTest> latestLinkTest, Optional<PowerCheck> power,
                               Map<String, DeviceSelfTest> latestDeviceTests, List<Deficiency> deficiencies) {

    public StationChecklist {
        latestDeviceTests = Map.copyOf(latestDeviceTests);
        deficiencies = List.copyOf(deficiencies);
    }
}
