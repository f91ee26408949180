package org.entekhabat.stations;

/** What a deficiency concerns. */
public enum DeficiencyCategory {
    LINK("ارتباط"), POWER("برق"), DEVICE("دستگاه"), PLACE("محل شعبه"), OTHER("سایر");

    private final String persian;

    DeficiencyCategory(String persian) { this.persian = persian; }

    public String persian() { return persian; }
}
