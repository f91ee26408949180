package org.entekhabat.stations;

/** One thing that keeps a station's checklist incomplete; {@code subject} names the device or deficiency. */
public record Blocker(BlockerCode code, String subject) {

    public static Blocker of(BlockerCode code) {
        return new Blocker(code, "");
    }
}
