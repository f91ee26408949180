package org.entekhabat.stations;

import java.time.Instant;

/** The result of a device's self-test (خودآزمایی دستگاه). */
public record DeviceSelfTest(long id, String stationCode, String deviceId, boolean passed, String note,
                             Instant testedAt, String testedBy) {}
