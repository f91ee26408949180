package org.entekhabat.election;

import java.util.List;

/**
 * The set of contests a voter at one place receives, in ballot order: council first, then the
 * Majlis by-election, then the Experts by-election. The id is the contest ids joined by "+",
 * so it is stable across reloads and readable, e.g. "CITY-1030003001156+MAJLIS-tabriz+EXPERTS-103".
 */
public record BallotStyle(String id, List<String> contestIds) {

    public static String idOf(List<String> contestIds) {
        return String.join("+", contestIds);
    }
}
