package org.entekhabat.candidacy;

import java.util.random.RandomGenerator;

/**
 * The tracking id (شناسه رهگیری) a candidate receives on submission: eight random characters and a
 * check character (Luhn mod 32), written "K7M2-9QXP-R". The alphabet leaves out 0, 1, I and O, which
 * people confuse; the check character catches any one mistyped character and most swapped neighbours.
 */
public record TrackingId(String value) {

    static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public TrackingId {
        if (!isValid(value)) throw new IllegalArgumentException("invalid tracking id: " + value);
    }

    public static TrackingId random(RandomGenerator random) {
        var body = new StringBuilder(8);
        for (int i = 0; i < 8; i++) body.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        String b = body.toString();
        return new TrackingId(b.substring(0, 4) + "-" + b.substring(4) + "-" + checkChar(b));
    }

    /** Accepts lower case and missing dashes; returns the canonical form or null. */
    public static TrackingId parseOrNull(String typed) {
        if (typed == null) return null;
        String s = typed.strip().toUpperCase().replace("-", "").replace(" ", "");
        if (s.length() != 9) return null;
        String canonical = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.charAt(8);
        return isValid(canonical) ? new TrackingId(canonical) : null;
    }

    public static boolean isValid(String v) {
        if (v == null || !v.matches("[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-[" + ALPHABET + "]")) return false;
        String body = v.substring(0, 4) + v.substring(5, 9);
        return checkChar(body) == v.charAt(10);
    }

    /** Luhn mod N over the alphabet. */
    static char checkChar(String body) {
        int n = ALPHABET.length(), sum = 0, factor = 2;
        for (int i = body.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(body.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / n + addend % n;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    @Override
    public String toString() {
        return value;
    }
}
