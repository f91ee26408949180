package org.entekhabat.polling.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * Canonical JSON for flat string maps: keys sorted by code point, no whitespace, only the escapes
 * JSON requires ({@code \" \\ \b \f \n \r \t} and {@code \}{@code u00XX} below 0x20). One map has exactly one
 * encoding, so its bytes can be hashed and signed; anyone can read them with any JSON tool.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String write(Map<String, String> map) {
        var sorted = new TreeMap<String, String>(map);
        var out = new StringBuilder("{");
        sorted.forEach((k, v) -> {
            if (v == null) throw new IllegalArgumentException("null value for " + k);
            if (out.length() > 1) out.append(',');
            string(out, k);
            out.append(':');
            string(out, v);
        });
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        out.append('"');
    }

    /** Reads what {@link #write} wrote; anything else (non-canonical too) is refused. */
    public static Map<String, String> read(String json) {
        var parser = new Parser(json);
        var map = parser.object();
        if (!write(map).equals(json)) throw new IllegalArgumentException("payload is not canonical JSON");
        return map;
    }

    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        Map<String, String> object() {
            var map = new TreeMap<String, String>();
            expect('{');
            if (peek() == '}') {
                i++;
            } else {
                do {
                    String k = string();
                    expect(':');
                    map.put(k, string());
                } while (take() == ',');
                if (s.charAt(i - 1) != '}') throw bad();
            }
            if (i != s.length()) throw bad();
            return map;
        }

        private String string() {
            expect('"');
            var out = new StringBuilder();
            while (true) {
                char c = take();
                if (c == '"') return out.toString();
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = take();
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (i + 4 > s.length()) throw bad();
                        out.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> throw bad();
                }
            }
        }

        private char peek() {
            if (i >= s.length()) throw bad();
            return s.charAt(i);
        }

        private char take() {
            char c = peek();
            i++;
            return c;
        }

        private void expect(char c) {
            if (take() != c) throw bad();
        }

        private IllegalArgumentException bad() {
            return new IllegalArgumentException("malformed payload JSON at character " + i);
        }
    }
}
