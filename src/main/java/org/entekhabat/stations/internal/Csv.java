package org.entekhabat.stations.internal;

import java.util.ArrayList;
import java.util.List;

/** Minimal RFC 4180 CSV: commas, double quotes, doubled quotes inside quotes. */
public final class Csv {

    private Csv() {}

    public static List<String> parseLine(String line) {
        var out = new ArrayList<String>();
        var cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') { cur.append('"'); i++; }
                else if (c == '"') quoted = false;
                else cur.append(c);
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }

    public static String field(Object value) {
        String s = value == null ? "" : value.toString();
        return s.matches(".*[\",\\n\\r].*") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    public static String line(Object... values) {
        var parts = new ArrayList<String>();
        for (Object v : values) parts.add(field(v));
        return String.join(",", parts);
    }
}
