package org.entekhabat.candidacy;

/**
 * Grounds for the one-level education allowance of Art. 37(z) (DOMAIN §2, [S13]): the required
 * level is lowered by exactly one step for these people.
 */
public enum EducationAllowance {
    VETERAN("جانباز", "war veteran (janbaz)"),
    FREED_POW("آزاده", "freed prisoner of war (azadeh)"),
    FRONT_FIGHTER_6_MONTHS("رزمنده با حداقل شش ماه حضور در جبهه", "fighter with at least 6 months at the front"),
    MARTYR_CHILD("فرزند شهید", "child of a martyr");

    private final String fa;
    private final String en;

    EducationAllowance(String fa, String en) {
        this.fa = fa;
        this.en = en;
    }

    public String fa() { return fa; }
    public String en() { return en; }
}
