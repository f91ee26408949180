package org.entekhabat.vetting;

import java.util.Set;
import java.util.TreeSet;

/**
 * Who sat and who voted for a decision, by member id. Every vote is named: no anonymous decisions.
 *
 * @param present  the members present
 * @param inFavour the members who voted for the decision (a subset of present)
 */
public record BoardVote(Set<String> present, Set<String> inFavour) {

    public BoardVote {
        present = Set.copyOf(new TreeSet<>(present == null ? Set.of() : present));
        inFavour = Set.copyOf(new TreeSet<>(inFavour == null ? Set.of() : inFavour));
        if (present.stream().anyMatch(String::isBlank)) throw new IllegalArgumentException("blank member id");
        if (!present.containsAll(inFavour)) throw new IllegalArgumentException("a member voted without being present");
    }
}
