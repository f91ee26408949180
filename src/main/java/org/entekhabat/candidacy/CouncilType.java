package org.entekhabat.candidacy;

/**
 * What a person stands for: a city (شورای شهر) or village (شورای روستا) council, which this system
 * registers online, or one of the by-elections held the same day (DOMAIN §6). By-election candidates
 * register elsewhere (Majlis: MOI pre-registration and the Guardian Council; Experts: in person), so
 * they enter here only through the import, already approved.
 */
public enum CouncilType {
    CITY("شورای اسلامی شهر", "city council"),
    VILLAGE("شورای اسلامی روستا", "village council"),
    MAJLIS("انتخابات میان‌دوره‌ای مجلس شورای اسلامی", "Majlis by-election"),
    EXPERTS("انتخابات میان‌دوره‌ای مجلس خبرگان رهبری", "Assembly of Experts by-election");

    private final String fa;
    private final String en;

    CouncilType(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }

    /** True for the councils, whose candidates register online here. */
    public boolean council() {
        return this == CITY || this == VILLAGE;
    }
}
