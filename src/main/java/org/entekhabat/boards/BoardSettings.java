package org.entekhabat.boards;

import java.util.Map;
import java.util.Optional;

/**
 * The configurable numbers and windows of the boards (entekhabat.boards.*). Quorums and supervisory board
 * sizes are not sourced (DOMAIN §9); the compositions follow DOMAIN §3.
 *
 * @param county             the county executive board's composition
 * @param central            the central executive board's composition
 * @param quorum             per board kind; majority of voting members unless set
 * @param supervisorySize    members a supervisory board needs to be formed, per kind
 * @param formationMilestone the schedule window executive boards are formed in
 * @param windows            desk action → schedule milestone key (absent: no window check), e.g.
 *                           {@code executive.city → city-vetting}
 */
public record BoardSettings(Composition county, Composition central, Map<BoardKind, QuorumRule> quorum,
                            Map<BoardKind, Integer> supervisorySize, String formationMilestone, Map<String, String> windows) {

    public BoardSettings {
        quorum = Map.copyOf(quorum);
        supervisorySize = Map.copyOf(supervisorySize);
        windows = Map.copyOf(windows);
    }

    public static BoardSettings defaults() {
        return new BoardSettings(Composition.county(), Composition.central(), Map.of(),
                Map.of(BoardKind.CENTRAL_SUPERVISORY, 5, BoardKind.PROVINCIAL_SUPERVISORY, 3, BoardKind.COUNTY_SUPERVISORY, 3),
                "executive-boards-formed", defaultWindows());
    }

    public static Map<String, String> defaultWindows() {
        return Map.of("executive.city", "city-vetting", "executive.village", "village-vetting",
                "county.city", "city-supervisory-review", "county.village", "village-supervisory-review");
    }

    public Composition composition(BoardKind kind) {
        return kind == BoardKind.CENTRAL_EXECUTIVE ? central : county;
    }

    public QuorumRule quorum(BoardKind kind) {
        return quorum.getOrDefault(kind, QuorumRule.majority());
    }

    public int supervisorySize(BoardKind kind) {
        return supervisorySize.getOrDefault(kind, 3);
    }

    /** The milestone a desk action must fall in, e.g. {@code window("executive", true)} for a village case. */
    public Optional<String> window(String desk, boolean village) {
        String key = windows.get(desk + (village ? ".village" : ".city"));
        return key == null || key.isBlank() ? Optional.empty() : Optional.of(key);
    }
}
