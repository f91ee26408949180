package org.entekhabat.vetting;

/** The boards that decide on a candidate, in the order they act (DOMAIN §3). */
public enum Board {
    EXECUTIVE("هیأت اجرایی", "executive board"),
    COUNTY_SUPERVISORY("هیأت نظارت شهرستان", "county supervisory board"),
    PROVINCIAL_SUPERVISORY("هیأت عالی نظارت استان", "provincial supreme supervisory board");

    private final String fa;
    private final String en;

    Board(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
