package org.entekhabat.stations;

/** Status of a deficiency (نارسایی). Only FIXED stops it from blocking finalisation. */
public enum DeficiencyStatus {
    OPEN("باز"), IN_PROGRESS("در حال رفع"), FIXED("رفع شده");

    private final String persian;

    DeficiencyStatus(String persian) { this.persian = persian; }

    public String persian() { return persian; }
}
