package org.entekhabat.vetting;

import java.time.Duration;

/**
 * The configurable numbers of vetting. Defaults follow DOMAIN §3: objections within 4 days of the
 * initial result [S22]; quorum numbers are not sourced (a majority of the 11-member executive board, 6,
 * and of 3/5-member supervisory boards, 2 and 3, are our defaults).
 */
public record VettingRules(Quorum executive, Quorum county, Quorum provincial, Duration objectionPeriod) {

    public VettingRules {
        if (executive == null || county == null || provincial == null) throw new IllegalArgumentException("quorum missing");
        if (objectionPeriod == null || objectionPeriod.isNegative()) throw new IllegalArgumentException("bad objection period");
    }

    public static VettingRules defaults() {
        return new VettingRules(new Quorum(6), new Quorum(2), new Quorum(3), Duration.ofDays(4));
    }

    public Quorum quorum(Board board) {
        return switch (board) {
            case EXECUTIVE -> executive;
            case COUNTY_SUPERVISORY -> county;
            case PROVINCIAL_SUPERVISORY -> provincial;
        };
    }
}
