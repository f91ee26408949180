package org.entekhabat.boards;

import java.util.Locale;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionLevel;

/** The kinds of board (DOMAIN §0, §3), each living on one level of the administration. */
public enum BoardKind {
    /** هیأت اجرایی مرکزی: 7 ex officio + 6 trusted (+3 alternates) from 30 nominees [S18] */
    CENTRAL_EXECUTIVE("هیأت اجرایی مرکزی", "central executive board", JurisdictionLevel.NATION, true),
    /** هیأت اجرایی شهرستان: governor (chair), judiciary representative, civil-registration head + 8 trusted [S17] */
    COUNTY_EXECUTIVE("هیأت اجرایی شهرستان", "county executive board", JurisdictionLevel.COUNTY, true),
    /** هیأت مرکزی نظارت: MPs chosen by the Majlis [S78][S89] */
    CENTRAL_SUPERVISORY("هیأت مرکزی نظارت", "central supervisory board", JurisdictionLevel.NATION, false),
    /** هیأت عالی نظارت استان, appointed by the central board [S89] */
    PROVINCIAL_SUPERVISORY("هیأت عالی نظارت استان", "provincial supreme supervisory board", JurisdictionLevel.PROVINCE, false),
    /** هیأت نظارت شهرستان, appointed by the provincial board [S89] */
    COUNTY_SUPERVISORY("هیأت نظارت شهرستان", "county supervisory board", JurisdictionLevel.COUNTY, false);

    private final String fa;
    private final String en;
    private final JurisdictionLevel level;
    private final boolean executive;

    BoardKind(String fa, String en, JurisdictionLevel level, boolean executive) {
        this.fa = fa;
        this.en = en;
        this.level = level;
        this.executive = executive;
    }

    public String fa() { return fa; }
    public String en() { return en; }
    public JurisdictionLevel level() { return level; }

    /** Executive boards elect trusted members by ballot; supervisory boards are appointed. */
    public boolean executive() { return executive; }

    /** The roles a member's account must hold: executive boards seat officials, supervisory boards supervisors. */
    public java.util.Set<org.entekhabat.identity.Role> memberRoles() {
        return switch (this) {
            case CENTRAL_EXECUTIVE -> java.util.Set.of(org.entekhabat.identity.Role.NATIONAL_HQ);
            case COUNTY_EXECUTIVE -> java.util.Set.of(org.entekhabat.identity.Role.GOVERNOR, org.entekhabat.identity.Role.EXECUTIVE_BOARD);
            default -> java.util.Set.of(org.entekhabat.identity.Role.SUPERVISOR);
        };
    }

    /** The board's stable id, e.g. {@code county-executive-1230001}, {@code central-supervisory}. */
    public String idFor(Jurisdiction where) {
        String base = name().toLowerCase(Locale.ROOT).replace('_', '-');
        return where.code().isEmpty() ? base : base + "-" + where.code();
    }
}
