package org.entekhabat.geography;

import java.util.regex.Pattern;

/**
 * Persian names compared the way people read them: Arabic ي/ك/ة and hamza forms folded to their
 * Persian letters, digits made Latin, spaces and ZWNJ removed. Plain Java, no I/O.
 */
public final class PersianNames {

    private static final Pattern TRAILING_ZONE = Pattern.compile("\\s*[0-9]+\\s*$");

    private PersianNames() {}

    /** The key two spellings of one name share: "علي‌آباد" and "علی آباد" → "علیاباد". */
    public static String key(String name) {
        var out = new StringBuilder(name.length());
        for (char c : latinDigits(name).toCharArray()) {
            switch (c) {
                case 'ي', 'ى', 'ئ' -> out.append('ی');
                case 'ك' -> out.append('ک');
                case 'ة', 'ۀ', 'ە' -> out.append('ه');
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append('ا');
                case 'ؤ' -> out.append('و');
                case '\u200c', '\u200d', '\u200e', '\u200f', '\u064b', '\u064c', '\u064d', '\u064e', '\u064f',
                     '\u0650', '\u0651', '\u0652', '\u0654', '\u0640' -> { }
                default -> { if (!Character.isWhitespace(c)) out.append(c); }
            }
        }
        return out.toString();
    }

    /** The council a city row belongs to: numbered urban zones ("اراک 1", "شهریار1") drop the number. */
    public static String councilName(String cityName) {
        String base = TRAILING_ZONE.matcher(latinDigits(cityName.strip())).replaceFirst("").strip();
        return base.isEmpty() ? cityName.strip() : base;
    }

    public static String councilKey(String cityName) {
        return key(councilName(cityName));
    }

    private static String latinDigits(String s) {
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '۰' && c <= '۹') out.append((char) ('0' + (c - '۰')));
            else if (c >= '٠' && c <= '٩') out.append((char) ('0' + (c - '٠')));
            else out.append(c);
        }
        return out.toString();
    }
}
