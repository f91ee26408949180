package org.entekhabat.tally;

import java.util.Objects;

/** A Tehran list (فهرست انتخاباتی) of a party, front or coalition: its ballot code and title (DOMAIN §5). */
public record CandidateList(String code, String name) {

    public CandidateList {
        code = Codes.require(code, "list");
        Objects.requireNonNull(name, "name");
        if (ListResult.BLOC.equals(code)) {
            throw new IllegalArgumentException("the list code " + ListResult.BLOC + " is reserved for the individuals' bloc");
        }
    }
}
