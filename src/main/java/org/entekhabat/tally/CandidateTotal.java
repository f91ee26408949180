package org.entekhabat.tally;

/**
 * A candidate's votes in the result: own-code votes, votes through the list, their sum, and the
 * candidate's standing.
 */
public record CandidateTotal(Candidate candidate, long personal, long viaList, long votes, Standing standing) {

    /** Member (عضو اصلی), alternate (عضو علی‌البدل), or neither. */
    public enum Standing { MEMBER, ALTERNATE, NOT_ELECTED }
}
