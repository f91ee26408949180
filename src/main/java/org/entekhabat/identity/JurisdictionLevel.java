package org.entekhabat.identity;

/**
 * The tiers of the administration an account is scoped to, from the top down. A level's ordinal
 * is its depth: a parent is always on a smaller ordinal than its child (this is what rules out
 * cycles in the hierarchy).
 */
public enum JurisdictionLevel {
    NATION("کشور", "nation"),
    PROVINCE("استان", "province"),
    COUNTY("شهرستان", "county"),
    /** the electoral constituency of a council: a city or a village (حوزهٔ انتخابیه) */
    CONSTITUENCY("حوزهٔ انتخابیه", "constituency"),
    /** a polling station (شعبهٔ اخذ رأی) */
    STATION("شعبه", "station");

    private final String fa;
    private final String en;

    JurisdictionLevel(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
