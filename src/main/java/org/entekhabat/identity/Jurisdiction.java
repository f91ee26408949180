package org.entekhabat.identity;

import java.util.Objects;
import java.util.regex.Pattern;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * The part of the country an account acts in (حوزهٔ مسئولیت). Text form {@code LEVEL:code},
 * e.g. {@code COUNTY:1000001}; the nation has no code and is written {@code NATION}.
 * Province and county codes are the official division ids (province: 3 digits; county: the
 * province id, then "000", then the county's number, see data/iran-divisions/counties.csv).
 * Constituency and station codes belong to the modules that define them; here they need only be
 * short and plain.
 */
public record Jurisdiction(JurisdictionLevel level, String code) {

    public static final Jurisdiction NATION = new Jurisdiction(JurisdictionLevel.NATION, "");

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{3}");
    private static final Pattern COUNTY_CODE = Pattern.compile("\\d{3}000[1-9]\\d{0,2}");
    private static final Pattern OTHER_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    public Jurisdiction {
        Objects.requireNonNull(level, "level");
        code = code == null ? "" : PersianNumbers.latin(code.strip());
        if (!validCode(level, code)) {
            throw DomainException.badInput("jurisdiction-invalid",
                    "کد «" + code + "» برای " + level.fa() + " معتبر نیست.",
                    "'" + code + "' is not a valid " + level.en() + " code.");
        }
    }

    private static boolean validCode(JurisdictionLevel level, String code) {
        return switch (level) {
            case NATION -> code.isEmpty();
            case PROVINCE -> PROVINCE_CODE.matcher(code).matches();
            case COUNTY -> COUNTY_CODE.matcher(code).matches();
            case CONSTITUENCY, STATION -> OTHER_CODE.matcher(code).matches();
        };
    }

    public static Jurisdiction province(String code) { return new Jurisdiction(JurisdictionLevel.PROVINCE, code); }
    public static Jurisdiction county(String code) { return new Jurisdiction(JurisdictionLevel.COUNTY, code); }
    public static Jurisdiction constituency(String code) { return new Jurisdiction(JurisdictionLevel.CONSTITUENCY, code); }
    public static Jurisdiction station(String code) { return new Jurisdiction(JurisdictionLevel.STATION, code); }

    /** Reads the text form ({@code NATION}, {@code PROVINCE:123}, {@code COUNTY:1230001}, ...). */
    public static Jurisdiction parse(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.badInput("jurisdiction-missing", "حوزهٔ مسئولیت مشخص نشده است.", "No jurisdiction given.");
        }
        String t = text.strip();
        int colon = t.indexOf(':');
        String levelName = (colon < 0 ? t : t.substring(0, colon)).toUpperCase(java.util.Locale.ROOT);
        String code = colon < 0 ? "" : t.substring(colon + 1);
        JurisdictionLevel level;
        try {
            level = JurisdictionLevel.valueOf(levelName);
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("jurisdiction-invalid",
                    "«" + t + "» حوزهٔ مسئولیت معتبری نیست (نمونه: COUNTY:1000001 یا NATION).",
                    "'" + t + "' is not a jurisdiction (e.g. COUNTY:1000001 or NATION).");
        }
        return new Jurisdiction(level, code);
    }

    /** Persian words for people, e.g. "شهرستان ۱۰۰۰۰۰۱". */
    public String fa() {
        return code.isEmpty() ? level.fa() : level.fa() + " " + PersianNumbers.digits(code);
    }

    public String en() {
        return code.isEmpty() ? level.en() : level.en() + " " + code;
    }

    @Override
    public String toString() {
        return code.isEmpty() ? level.name() : level.name() + ":" + code;
    }
}
