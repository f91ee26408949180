package org.entekhabat.results;

/** How a contest's seats are counted (SYSTEM.md "Counting rules"; election.CountingRule codes). */
public enum CountingMethod {
    /** City and village councils outside Tehran: block vote, up to N choices (DOMAIN.md §1, §6). */
    PLURALITY,
    /** Tehran: lists and a pooled bloc of individuals, Hare quota and largest remainder: DOMAIN.md §5. */
    LIST_PR,
    /** Majlis and Experts by-elections: relative majority, single round, no alternates, ties by lot (DOMAIN.md §6). */
    SINGLE_PLURALITY;

    /** The method of an {@code election.CountingRule} code ("block-plurality", "list-proportional", "single-plurality"). */
    public static CountingMethod ofRuleCode(String code) {
        return switch (code) {
            case "block-plurality" -> PLURALITY;
            case "list-proportional" -> LIST_PR;
            case "single-plurality" -> SINGLE_PLURALITY;
            default -> throw new IllegalArgumentException("unknown counting rule " + code);
        };
    }
}
