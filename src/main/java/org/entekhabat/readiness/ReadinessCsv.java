package org.entekhabat.readiness;

import java.util.ArrayList;
import java.util.List;
import org.entekhabat.training.Role;

/** The readiness export by county as CSV (UTF-8, Latin digits, one header line). */
public final class ReadinessCsv {

    private ReadinessCsv() {}

    public static String write(List<CountyReadiness> rows) {
        var header = new ArrayList<>(List.of("province_id", "county_id", "county_name", "stations", "checklists_complete",
                "open_deficiencies", "stations_without_certified_staff", "trainees"));
        for (Role r : Role.values()) {
            String k = r.name().toLowerCase(java.util.Locale.ROOT);
            header.add(k + "_trained");
            header.add(k + "_passed");
        }
        var sb = new StringBuilder(String.join(",", header)).append("\r\n");
        for (var c : rows) {
            var f = new ArrayList<String>(List.of(c.provinceId(), c.countyId(), quote(c.countyName()), "" + c.stations(),
                    "" + c.checklistsComplete(), "" + c.openDeficiencies(), "" + c.flagged(), "" + c.trainees()));
            for (Role r : Role.values()) {
                f.add("" + c.trained(r));
                f.add("" + c.passed(r));
            }
            sb.append(String.join(",", f)).append("\r\n");
        }
        return sb.toString();
    }

    private static String quote(String s) {
        return s.matches(".*[\",\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
