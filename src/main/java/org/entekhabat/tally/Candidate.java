package org.entekhabat.tally;

import java.util.Objects;

/**
 * A candidate (نامزد) as the count sees one: the ballot code, the name for the minutes, and the two
 * facts the tie rule asks for. {@code listCode} is the Tehran list (فهرست) the candidate runs on, or
 * null for an individual (منفرد); outside Tehran it is always null.
 *
 * @param veteran a veteran (ایثارگر), who comes first in a tie (new Art 20 note 1 [S32])
 */
public record Candidate(String code, String name, boolean veteran, Degree degree, String listCode) {

    public Candidate {
        code = Codes.require(code, "candidate");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(degree, "degree");
        if (listCode != null) listCode = Codes.require(listCode, "list");
    }

    /** An individual candidate (no list). */
    public static Candidate of(String code, String name, boolean veteran, Degree degree) {
        return new Candidate(code, name, veteran, degree, null);
    }

    public boolean individual() { return listCode == null; }
}
