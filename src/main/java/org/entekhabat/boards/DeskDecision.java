package org.entekhabat.boards;

import java.util.List;
import java.util.Set;

/**
 * What a board member submits at a vetting desk.
 *
 * @param verdict  APPROVED or REJECTED (executive and provincial desks); for the county desk CONFIRM or OVERTURN
 * @param grounds  the cited {@code LegalGround} codes (at least one known clause for a rejection)
 * @param reason   the written reason
 * @param present  the board members present, by username
 * @param inFavour those present who voted for it
 */
public record DeskDecision(String verdict, List<String> grounds, String reason, Set<String> present, Set<String> inFavour) {

    public DeskDecision {
        grounds = grounds == null ? List.of() : grounds.stream().filter(g -> g != null && !g.isBlank()).map(String::strip).toList();
        present = present == null ? Set.of() : Set.copyOf(present);
        inFavour = inFavour == null ? Set.of() : Set.copyOf(inFavour);
    }
}
