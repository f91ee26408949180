package org.entekhabat.stations;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** What makes a station record valid before it is stored. Plain Java: returns problems, stores nothing. */
public final class StationRules {

    private StationRules() {}

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9-]{2,39}";

    public static List<String> problems(Station s) {
        var out = new ArrayList<String>();
        if (s.code() == null || !s.code().matches(CODE_PATTERN)) out.add("code must match " + CODE_PATTERN);
        if (blank(s.name())) out.add("name is required");
        if (s.provinceId() == null || !s.provinceId().matches("\\d{3}")) out.add("province id must be 3 digits");
        // county id = province id + 4 digits, or 5 for newer counties (iran-divisions: 251 + 231)
        if (s.countyId() == null || !s.countyId().matches("\\d{7,8}")
                || (s.provinceId() != null && !s.countyId().startsWith(s.provinceId()))) {
            out.add("county id must be the province id followed by 4 or 5 digits");
        }
        if (blank(s.constituencyId())) out.add("constituency id is required");
        if (s.placeType() == null) out.add("place type is required (CITY or VILLAGE)");
        if (blank(s.placeId())) out.add("place id is required");
        if (s.kind() == null) out.add("kind is required (FIXED or MOBILE)");
        if (s.expectedVoters() < 0) out.add("expected voters must not be negative");
        var ids = new HashSet<String>();
        for (Device d : s.devices()) if (!ids.add(d.id())) out.add("device listed twice: " + d.id());
        return out;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
