package org.entekhabat.stations;

/** A device of a station, by id only (its keys are kept by the polling module). */
public record Device(String id, DeviceType type) {

    public Device {
        if (id == null || !id.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("device id must be 1-64 letters, digits, '.', '_' or '-': " + id);
        }
        if (type == null) throw new IllegalArgumentException("device type is required");
    }
}
