package org.entekhabat.polling;

import java.util.List;
import java.util.Optional;

/**
 * Where central finds each station's package: a package stored in the table {@code station_package}
 * (loaded with {@code entekhabat station package import FILE}: fixtures, tests, drills) wins; otherwise
 * it is built on demand from the station registry, the election and the final lists
 * ({@link StationPackageBuilder}).
 */
public interface StationPackageSource {

    /** The stored package, else the built one; empty when neither exists (unknown station, no final list yet). */
    Optional<StationPackage> find(String stationCode);

    /**
     * Like {@link #find} but says why there is none.
     *
     * @throws org.entekhabat.platform.DomainException 404 naming the missing station or final lists
     */
    StationPackage require(String stationCode);

    /** Only a stored package (no building). */
    Optional<StationPackage> stored(String stationCode);

    /** Stores (or replaces) a station's package. */
    void save(StationPackage stationPackage);

    /**
     * Where each station is: station code → (county id, province id), for turnout by region: stations with a
     * stored package, then the builder's (registered) stations that have none.
     */
    List<StationPlace> places();

    record StationPlace(String stationCode, String stationName, String countyId, String provinceId) {}
}
