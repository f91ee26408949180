package org.entekhabat.boards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.ContestResult;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.Count;
import org.entekhabat.tally.CountingMethod;
import org.entekhabat.tally.Degree;
import org.entekhabat.tally.Lot;
import org.entekhabat.tally.TieRule;

/**
 * Counts the nominees' recorded ballots for the trusted seats (DOMAIN §3 [S17]): block plurality, the top
 * {@code trusted} are members, the next {@code alternates} alternates in vote order, ties broken by the
 * public lot alone (the council tie chain of veterans and degree is for council elections, not here).
 */
public final class TrustedElection {

    private TrustedElection() {}

    /** @param ballots voter → the names on their ballot (already checked by {@link FormationRules#checkBallot}) */
    public static ContestResult count(String boardId, List<String> nominees, Map<String, List<String>> ballots,
                                      Composition c, Lot lot) {
        FormationRules.checkNominees(nominees, c);
        var candidates = new ArrayList<Candidate>();
        for (String n : nominees) candidates.add(Candidate.of(n, n, false, Degree.NONE));
        var votes = new HashMap<String, Long>();
        long blank = 0;
        Set<String> allowed = Set.copyOf(nominees);
        for (var e : ballots.entrySet()) {
            FormationRules.checkBallot(e.getKey(), e.getValue(), allowed, List.of(), c);
            if (e.getValue().isEmpty()) blank++;
            for (String n : e.getValue()) votes.merge(n, 1L, Long::sum);
        }
        var tally = ContestTally.plurality(boardId, candidates, votes, blank, 0, ballots.size());
        return Count.run(new CountingMethod.BlockPlurality(c.trusted(), c.alternates(), TieRule.LOT_ONLY), tally, lot);
    }
}
