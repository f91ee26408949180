package org.entekhabat.candidacy;

import java.util.List;
import java.util.Optional;

/** Where candidacy finds the facts of a constituency; the lead backs it with the geography module. */
public interface ConstituencyDirectory {

    Optional<Constituency> find(String id);

    List<Constituency> all();
}
