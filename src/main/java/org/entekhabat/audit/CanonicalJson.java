package org.entekhabat.audit;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Map;
import java.util.TreeMap;

/**
 * The one way details become text before hashing: JSON with object keys sorted (by UTF-16 code
 * units, as RFC 8785), no insignificant whitespace, minimal string escapes. Numbers are written
 * as Java prints them (integers plainly); anything else that is not JSON is written as its string.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String write(Object value) {
        var out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object v, StringBuilder out) {
        switch (v) {
            case null -> out.append("null");
            case Boolean b -> out.append(b);
            case Integer n -> out.append(n);
            case Long n -> out.append(n);
            case Short n -> out.append(n);
            case Byte n -> out.append(n);
            case BigInteger n -> out.append(n);
            case BigDecimal n -> out.append(n.toPlainString());
            case Double d when Double.isFinite(d) -> out.append(number(d));
            case Float f when Float.isFinite(f) -> out.append(number(f.doubleValue()));
            case Map<?, ?> map -> object(map, out);
            case Iterable<?> list -> array(list, out);
            case Object[] array -> array(java.util.Arrays.asList(array), out);
            case Enum<?> e -> string(e.name(), out);
            default -> string(v.toString(), out);
        }
    }

    private static String number(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }

    private static void object(Map<?, ?> map, StringBuilder out) {
        var sorted = new TreeMap<String, Object>();
        map.forEach((k, val) -> sorted.put(String.valueOf(k), val));
        out.append('{');
        boolean first = true;
        for (var e : sorted.entrySet()) {
            if (!first) out.append(',');
            first = false;
            string(e.getKey(), out);
            out.append(':');
            write(e.getValue(), out);
        }
        out.append('}');
    }

    private static void array(Iterable<?> list, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object o : list) {
            if (!first) out.append(',');
            first = false;
            write(o, out);
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }
}
