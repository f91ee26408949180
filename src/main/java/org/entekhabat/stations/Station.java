package org.entekhabat.stations;

import java.util.List;

/**
 * A polling station (شعبه اخذ رأی). Counties, provinces and constituencies are official id strings
 * (county id = province id + 4 or 5 digits). {@code link} may be null until the link is known.
 */
public record Station(String code, String name, String address, String countyId, String provinceId,
                      String constituencyId, PlaceType placeType, String placeId, StationKind kind,
                      int expectedVoters, LinkType link, List<Device> devices) {

    public Station {
        devices = devices == null ? List.of() : List.copyOf(devices);
        address = address == null ? "" : address;
    }

    public boolean has(DeviceType type) {
        return devices.stream().anyMatch(d -> d.type() == type);
    }
}
