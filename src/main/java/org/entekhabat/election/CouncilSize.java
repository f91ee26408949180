package org.entekhabat.election;

/** Main members and alternates (اعضای اصلی و علی‌البدل) of one council. */
public record CouncilSize(int seats, int alternates) {
    public CouncilSize {
        if (seats < 1 || alternates < 0) throw new IllegalArgumentException("seats must be >= 1 and alternates >= 0");
    }
}
