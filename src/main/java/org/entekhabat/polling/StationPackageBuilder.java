package org.entekhabat.polling;

/**
 * Builds a station's package at central from the modules that own its parts (the station registry,
 * the election's ballot styles, the published final candidate lists). Implemented outside polling, so
 * polling depends on none of them; {@link StationPackageSource} asks it when no package is stored.
 */
public interface StationPackageBuilder {

    /**
     * The package of a registered station.
     *
     * @throws org.entekhabat.platform.DomainException 404 when the station is unknown, its place has no
     *         ballot style, or a contest of its ballot has no published final list (the message says which)
     */
    StationPackage build(String stationCode);

    /** Where the stations it can build for are (the station registry), for turnout by region. */
    default java.util.List<StationPackageSource.StationPlace> places() {
        return java.util.List.of();
    }
}
