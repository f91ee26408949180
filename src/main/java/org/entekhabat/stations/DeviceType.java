package org.entekhabat.stations;

/** The two devices of a branch: authentication and vote recording (e-ballot box). DOMAIN.md §7 [S54]. */
public enum DeviceType {
    AUTH_TERMINAL("دستگاه احراز هویت"), VOTING_TERMINAL("دستگاه ثبت رأی");

    private final String persian;

    DeviceType(String persian) { this.persian = persian; }

    public String persian() { return persian; }
}
