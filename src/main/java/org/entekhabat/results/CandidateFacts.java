package org.entekhabat.results;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The final candidates of a contest with the facts the tie rule asks for (veteran, degree: new Art 20
 * note 1 [S32]), from the modules that own them (candidacy's applications, vetting's drawn codes and
 * Tehran lists). Implemented outside results (vetting), so results depends on neither.
 */
public interface CandidateFacts {

    /** The contest's final candidates and lists, or empty before its final list is published. */
    Optional<FinalCandidates> of(String contestId);

    /**
     * @param candidates by code, each with veteran status and degree ({@code tally.Degree} name)
     * @param lists      Tehran list code → title (empty elsewhere)
     */
    record FinalCandidates(List<ContestDefinition.CandidateInfo> candidates, Map<String, String> lists) {
        public FinalCandidates {
            candidates = List.copyOf(candidates);
            lists = Map.copyOf(lists);
        }
    }
}
