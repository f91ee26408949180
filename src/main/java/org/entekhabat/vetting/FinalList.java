package org.entekhabat.vetting;

import java.time.Instant;
import java.util.List;

/**
 * The published final list of candidates of one constituency (فهرست نهایی نامزدها): codes, names and,
 * in Tehran, list membership. What the ballot shows; public.
 *
 * @param drill      published from imported data (drills, the demo), not from a real vetting
 * @param candidates by code
 * @param lists      by code (Tehran only; empty elsewhere)
 */
public record FinalList(String constituencyId, String constituencyName, String kindFa, String kindEn, Instant publishedAt,
                        boolean drill, List<Candidate> candidates, List<Party> lists) {

    /** A candidate on the ballot; {@code listTitle}/{@code listCode} null for an individual (منفرد). */
    public record Candidate(int code, String firstName, String lastName, String listTitle, Integer listCode) {
        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** A list on the ballot: its code, title, party and member codes in the list's order. */
    public record Party(int code, String title, String party, List<Integer> memberCodes) {}
}
