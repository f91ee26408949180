package org.entekhabat.results.web;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.results.RegionSummary;
import org.entekhabat.results.internal.Tabulation;

/** Region sums for a page: the nation with its provinces, a province with its counties, or a county. */
final class Regions {

    private Regions() {}

    static List<RegionSummary> at(List<Tabulation.ContestRow> rows, String level) {
        return switch (level) {
            case "nation" -> Tabulation.regions(rows, r -> new String[] {"nation", ""});
            case "province" -> Tabulation.regions(rows, r -> new String[] {"province:" + r.provinceId(), r.provinceName()});
            default -> Tabulation.regions(rows, r -> new String[] {"county:" + r.countyId(), r.countyName()});
        };
    }

    /** The region itself first, then the next level down. */
    static List<RegionSummary> of(List<Tabulation.ContestRow> rows, String scope) {
        var out = new ArrayList<RegionSummary>();
        if (scope == null) {
            out.addAll(at(rows, "nation"));
            out.addAll(at(rows, "province"));
        } else if (scope.startsWith("province:")) {
            out.addAll(at(rows, "province"));
            out.addAll(at(rows, "county"));
        } else {
            out.addAll(at(rows, "county"));
        }
        return out;
    }
}
