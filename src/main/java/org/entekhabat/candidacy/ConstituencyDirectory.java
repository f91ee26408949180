package org.entekhabat.candidacy;

import java.util.List;
import java.util.Optional;

/** Where candidacy finds the facts of a constituency: the loaded election (and geography for households). */
public interface ConstituencyDirectory {

    Optional<Constituency> find(String id);

    /** Every constituency of the current election (large: tens of thousands of villages). */
    List<Constituency> all();

    /** The constituencies whose voters live in a county (its councils and by-elections). */
    List<Constituency> inCounty(long countyId);

    /** The counties, for choosing where to register. */
    List<County> counties();

    /** A county with its province, as the registration form lists them. */
    record County(long id, int provinceId, String name, String provinceName) {}
}
