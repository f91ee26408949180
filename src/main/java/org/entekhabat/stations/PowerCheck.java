package org.entekhabat.stations;

import java.time.Instant;

/** Power at the station: grid, UPS (برق اضطراری) and generator (مولد), as last checked. */
public record PowerCheck(String stationCode, boolean gridOk, boolean upsOk, boolean generatorOk,
                         Instant checkedAt, String checkedBy) {}
