package org.entekhabat.candidacy;

/** Sex as the civil registry records it; only men need a military-service card (Art. 37). */
public enum Sex {
    MALE("مرد", "male"),
    FEMALE("زن", "female");

    private final String fa;
    private final String en;

    Sex(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
