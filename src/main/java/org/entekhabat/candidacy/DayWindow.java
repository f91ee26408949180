package org.entekhabat.candidacy;

import java.time.LocalDate;

/** Days from {@code first} to {@code last}, both included. */
public record DayWindow(LocalDate first, LocalDate last) {

    public DayWindow {
        if (first == null || last == null || last.isBefore(first)) {
            throw new IllegalArgumentException("window must run forwards: " + first + ".." + last);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
