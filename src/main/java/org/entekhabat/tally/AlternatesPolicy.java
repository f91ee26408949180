package org.entekhabat.tally;

/**
 * Who the alternates (علی‌البدل) of a Tehran-style proportional count are. The law is silent
 * (DOMAIN §5 "Unresolved ... how alternates are drawn", §9 item 4), so this is a choice; see
 * docs/counting.md.
 */
public enum AlternatesPolicy {
    /**
     * The default. The alternate places are apportioned among the lists and the bloc by the same Hare
     * quota and largest remainder as the seats (same totals, the number of alternates as the house
     * size), each list's capacity being its candidates not elected; within a list the next candidates
     * by personal votes. The chosen alternates are then ranked by their votes (DOMAIN §1: alternates
     * "in vote order" [S67][S-ekhtebar]). Why: a member who leaves is replaced from a bench that has
     * the council's proportions; ranking all non-elected by raw votes would fill the bench from the
     * largest list, whose members all carry its list votes.
     */
    PROPORTIONAL,
    /**
     * The literal reading of the general rule: the highest-voted candidates not elected, in vote
     * order, whatever their list (DOMAIN §1 [S67]).
     */
    BY_VOTES
}
