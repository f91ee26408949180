package org.entekhabat.election;

import java.util.List;
import java.util.Map;

/** What validating an election file found: located errors, or what it would load. */
public record ElectionCheck(String source, String electionId, List<String> errors,
                            Map<ConstituencyKind, Integer> contests, int ballotStyles) {

    public boolean valid() {
        return errors.isEmpty();
    }
}
