package org.entekhabat.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.entekhabat.geography.CensusMatchReport.Unmatched;
import org.entekhabat.geography.PersianNames;

/**
 * Joins the 2016 census counties to today's division counties inside the same province: first
 * by exact name, then by normalized Persian name, then through a reviewed alias list (renames and
 * spellings). A division county takes at most one census county. Plain Java, no I/O.
 */
final class CensusMatcher {

    record CensusCounty(String provinceCode, String countyCode, int provinceId, String name, long population) {
        String ref() { return provinceCode + "/" + countyCode; }
    }

    record DivisionCounty(long id, int provinceId, String name) {}

    record Alias(int provinceId, String censusName, String divisionName, String reason) {}

    record Match(CensusCounty census, Long countyId, String method) {}

    record Result(List<Match> matches, List<Unmatched> censusOnly, List<Unmatched> divisionOnly) {}

    private CensusMatcher() {}

    static Result match(List<CensusCounty> census, List<DivisionCounty> divisions, List<Alias> aliases) {
        Map<String, DivisionCounty> exact = new HashMap<>();
        Map<String, DivisionCounty> normalized = new HashMap<>();
        for (var d : divisions) {
            exact.put(d.provinceId() + "|" + d.name(), d);
            normalized.put(d.provinceId() + "|" + PersianNames.key(d.name()), d);
        }
        Map<String, Alias> aliasByCensus = new HashMap<>();
        for (var a : aliases) aliasByCensus.put(a.provinceId() + "|" + PersianNames.key(a.censusName()), a);

        var taken = new HashSet<Long>();
        var matches = new ArrayList<Match>();
        var censusOnly = new ArrayList<Unmatched>();
        for (var c : census) {
            var m = find(c, exact, normalized, aliasByCensus);
            if (m != null && taken.add(m.countyId())) {
                matches.add(m);
            } else {
                matches.add(new Match(c, null, "unmatched"));
                censusOnly.add(new Unmatched("census-only", c.provinceId(), c.ref(), c.name(), c.population()));
            }
        }
        var divisionOnly = new ArrayList<Unmatched>();
        for (var d : divisions) {
            if (!taken.contains(d.id())) {
                divisionOnly.add(new Unmatched("division-only", d.provinceId(), Long.toString(d.id()), d.name(), null));
            }
        }
        return new Result(matches, censusOnly, divisionOnly);
    }

    private static Match find(CensusCounty c, Map<String, DivisionCounty> exact,
                              Map<String, DivisionCounty> normalized, Map<String, Alias> aliases) {
        var d = exact.get(c.provinceId() + "|" + c.name());
        if (d != null) return new Match(c, d.id(), "exact");
        d = normalized.get(c.provinceId() + "|" + PersianNames.key(c.name()));
        if (d != null) return new Match(c, d.id(), "normalized");
        var alias = aliases.get(c.provinceId() + "|" + PersianNames.key(c.name()));
        if (alias == null) return null;
        d = normalized.get(c.provinceId() + "|" + PersianNames.key(alias.divisionName()));
        return d == null ? null : new Match(c, d.id(), "alias:" + alias.reason());
    }
}
