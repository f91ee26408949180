package org.entekhabat.results;

import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.JurisdictionLevel;

/**
 * A supervisory board member (عضو هیات نظارت) acting on results: a signed-in identity user with role
 * SUPERVISOR. The board's level follows the user's jurisdiction: the nation → central board
 * (هیات مرکزی نظارت), a province → provincial board, a county or constituency → county board.
 */
public record BoardMember(String username, String name, Jurisdiction jurisdiction) {

    public Level level() {
        return jurisdiction.level() == JurisdictionLevel.NATION ? Level.CENTRAL
                : jurisdiction.level() == JurisdictionLevel.PROVINCE ? Level.PROVINCE : Level.COUNTY;
    }

    /** "name [username]", how the published changes name the member. */
    public String label() {
        return name + " [" + username + "]";
    }

    /** Supervisory board levels (هیات نظارت شهرستان / استان / مرکزی), lowest first. */
    public enum Level {
        COUNTY, PROVINCE, CENTRAL;

        public static Level of(String s) {
            return valueOf(s.trim().toUpperCase(java.util.Locale.ROOT));
        }

        public String db() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
