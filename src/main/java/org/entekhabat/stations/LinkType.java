package org.entekhabat.stations;

/** The station's small online link to central, used only to prevent double votes. DOMAIN.md §7 [S54]. */
public enum LinkType {
    FIBRE("فیبر نوری"), LANDLINE("تلفن ثابت"), SIM("سیم‌کارت");

    private final String persian;

    LinkType(String persian) { this.persian = persian; }

    public String persian() { return persian; }
}
