package org.entekhabat.polling;

import java.util.List;
import java.util.Optional;

/**
 * Where central finds each station's package. The first implementation reads the table
 * {@code station_package} (loaded with {@code entekhabat station package import FILE}); the lead
 * will later build packages from the election and vetting modules behind the same interface.
 */
public interface StationPackageSource {

    Optional<StationPackage> find(String stationCode);

    /** Stores (or replaces) a station's package. */
    void save(StationPackage stationPackage);

    /** Where each station is: station code → (county id, province id), for turnout by region. */
    List<StationPlace> places();

    record StationPlace(String stationCode, String stationName, String countyId, String provinceId) {}
}
