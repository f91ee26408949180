package org.entekhabat.results;

import java.util.List;
import java.util.Optional;

/**
 * Contest id → its definition. The station → contest mapping comes from the contest ids inside each
 * station report; this directory adds where the contest is and how it is counted. The built-in
 * implementation reads table {@code result_contest}; the lead will back it with the election module.
 */
public interface ContestDirectory {

    Optional<ContestDefinition> find(String contestId);

    List<ContestDefinition> all();
}
