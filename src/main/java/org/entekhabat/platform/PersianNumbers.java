package org.entekhabat.platform;

/** Latin digits to Persian digits (۰–۹) for the UI; the API keeps Latin digits. */
public final class PersianNumbers {

    private PersianNumbers() {}

    public static String digits(Object value) {
        if (value == null) return "";
        String s = value.toString();
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            out.append(c >= '0' && c <= '9' ? (char) ('۰' + (c - '0')) : c);
        }
        return out.toString();
    }

    /** Groups thousands with the Persian separator (٬) and uses Persian digits. */
    public static String grouped(long value) {
        return digits(String.format("%,d", value).replace(',', '٬'));
    }

    /** Persian or Latin digits in, Latin digits out (people type either). */
    public static String latin(String s) {
        if (s == null) return null;
        var out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '۰' && c <= '۹') out.append((char) ('0' + (c - '۰')));
            else if (c >= '٠' && c <= '٩') out.append((char) ('0' + (c - '٠')));
            else out.append(c);
        }
        return out.toString();
    }
}
