package org.entekhabat.election.internal;

import org.entekhabat.geography.County;
import org.entekhabat.geography.PersianNames;

/**
 * The population that sets a city council's size. Divisions carry no city populations and the 2016
 * census is by county, so (documented in docs/election-file.md):
 * <ol>
 *   <li>an override in the election file wins: source "election-file:&lt;note&gt;";</li>
 *   <li>a county seat, i.e. a city whose council name equals its county's name, takes its county's
 *       2016 census total as an estimate (too high by the county's rural and other urban people):
 *       "census-2016:county-total-estimate";</li>
 *   <li>any other city takes the smallest bracket: "no-data:smallest-bracket" (population unknown).</li>
 * </ol>
 */
record CityPopulation(Long population, String source) {

    static final String COUNTY_ESTIMATE = "census-2016:county-total-estimate";
    static final String NO_DATA = "no-data:smallest-bracket";

    static CityPopulation of(String councilKey, County county, ElectionFile.PopulationOverride override) {
        if (override != null) return new CityPopulation(override.population(), "election-file:" + override.note());
        if (county.censusPopulation() != null && councilKey.equals(PersianNames.key(county.name()))) {
            return new CityPopulation(county.censusPopulation(), COUNTY_ESTIMATE);
        }
        return new CityPopulation(null, NO_DATA);
    }
}
