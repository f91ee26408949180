package org.entekhabat.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What an account does (SYSTEM.md, "Who uses it"). The public (مردم) is anonymous and has no role.
 * Each role lives on certain levels of the hierarchy only.
 */
public enum Role {
    NATIONAL_HQ("ستاد انتخابات کشور", "national election HQ", EnumSet.of(JurisdictionLevel.NATION)),
    PROVINCIAL_HQ("ستاد انتخابات استان", "provincial election HQ", EnumSet.of(JurisdictionLevel.PROVINCE)),
    GOVERNOR("فرماندار", "governor", EnumSet.of(JurisdictionLevel.COUNTY)),
    EXECUTIVE_BOARD("عضو هیات اجرایی", "executive-board member",
            EnumSet.of(JurisdictionLevel.COUNTY, JurisdictionLevel.CONSTITUENCY)),
    /** a member of a supervisory board: central, provincial or county (هیات نظارت) */
    SUPERVISOR("عضو هیات نظارت", "supervisory-board member",
            EnumSet.of(JurisdictionLevel.NATION, JurisdictionLevel.PROVINCE, JurisdictionLevel.COUNTY,
                    JurisdictionLevel.CONSTITUENCY)),
    STATION_STAFF("عامل شعبه", "station staff",
            EnumSet.of(JurisdictionLevel.COUNTY, JurisdictionLevel.CONSTITUENCY, JurisdictionLevel.STATION)),
    TRAINER("آموزش‌دهنده", "trainer",
            EnumSet.of(JurisdictionLevel.NATION, JurisdictionLevel.PROVINCE, JurisdictionLevel.COUNTY)),
    CANDIDATE("داوطلب", "candidate", EnumSet.of(JurisdictionLevel.CONSTITUENCY, JurisdictionLevel.COUNTY)),
    /** a licensed party's plenipotentiary representative: registers Tehran lists (DOMAIN §5, regulation Art. 9) */
    PARTY_REPRESENTATIVE("نمایندهٔ تام‌الاختیار حزب", "party representative",
            EnumSet.of(JurisdictionLevel.PROVINCE, JurisdictionLevel.COUNTY, JurisdictionLevel.CONSTITUENCY));

    private final String fa;
    private final String en;
    private final Set<JurisdictionLevel> levels;

    Role(String fa, String en, Set<JurisdictionLevel> levels) {
        this.fa = fa;
        this.en = en;
        this.levels = levels;
    }

    public String fa() { return fa; }
    public String en() { return en; }

    public boolean livesOn(JurisdictionLevel level) {
        return levels.contains(level);
    }

    public Set<JurisdictionLevel> levels() {
        return Set.copyOf(levels);
    }

    /** The Spring Security authority of this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
