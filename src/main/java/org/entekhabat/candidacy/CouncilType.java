package org.entekhabat.candidacy;

/** The two kinds of council a person may stand for: city (شورای شهر) or village (شورای روستا). */
public enum CouncilType {
    CITY("شورای اسلامی شهر", "city council"),
    VILLAGE("شورای اسلامی روستا", "village council");

    private final String fa;
    private final String en;

    CouncilType(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
