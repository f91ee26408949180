package org.entekhabat.stations;

/** A person assigned to work at a station, with the training role they need (e.g. STATION_STAFF, IT). */
public record StaffAssignment(String stationCode, String username, String role) {}
