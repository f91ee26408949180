package org.entekhabat.results;

/** How a contest's seats are counted (SYSTEM.md "Counting rules"). */
public enum CountingMethod {
    /** City and village councils (block vote, up to N choices), Majlis and Experts by-elections: DOMAIN.md §1, §6. */
    PLURALITY,
    /** Tehran: lists and a pooled bloc of individuals, Hare quota and largest remainder: DOMAIN.md §5. */
    LIST_PR
}
