package org.entekhabat.identity;

import java.util.Optional;

/**
 * The built-in part of the hierarchy, read from the official division ids alone: a province is in
 * the nation, and a county is in the province whose id its own id starts with (county 1000001 is
 * in province 100; checked on every row of data/iran-divisions/counties.csv).
 */
public final class OfficialDivisions implements JurisdictionParents {

    @Override
    public Optional<Jurisdiction> parentOf(Jurisdiction j) {
        return switch (j.level()) {
            case NATION -> Optional.empty();
            case PROVINCE -> Optional.of(Jurisdiction.NATION);
            case COUNTY -> Optional.of(Jurisdiction.province(j.code().substring(0, 3)));
            case CONSTITUENCY, STATION -> Optional.empty();
        };
    }
}
