package org.entekhabat.registry;

import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;

/**
 * A national code (کد ملی): ten digits, the last a check digit. The check: s = Σ d[i]·(10−i) over the
 * first nine digits, r = s mod 11; the check digit is r when r < 2, else 11 − r. Codes of one repeated
 * digit pass the arithmetic but are not issued, so they are refused too.
 */
public record NationalCode(String value) {

    public NationalCode {
        if (!isValid(value)) throw new IllegalArgumentException("invalid national code: " + value);
    }

    /** Parses what a person typed (Persian or Latin digits, dashes and spaces ignored). */
    public static NationalCode parse(String typed) {
        String digits = typed == null ? "" : PersianNumbers.latin(typed).replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{10}")) {
            throw DomainException.badInput("national-code.format",
                    "کد ملی باید ده رقم باشد.", "A national code has exactly ten digits.");
        }
        if (!isValid(digits)) {
            throw DomainException.badInput("national-code.check-digit",
                    "کد ملی نادرست است: رقم کنترل آن با نه رقم دیگر نمی‌خواند.",
                    "Invalid national code: its check digit does not match the other nine digits.");
        }
        return new NationalCode(digits);
    }

    public static boolean isValid(String code) {
        if (code == null || !code.matches("\\d{10}") || code.chars().distinct().count() == 1) return false;
        return code.charAt(9) - '0' == checkDigit(code.substring(0, 9));
    }

    /** The check digit for nine leading digits. */
    public static int checkDigit(String firstNine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) sum += (firstNine.charAt(i) - '0') * (10 - i);
        int r = sum % 11;
        return r < 2 ? r : 11 - r;
    }

    /** Builds a valid code from nine leading digits (simulators and tests). */
    public static NationalCode withCheckDigit(String firstNine) {
        return new NationalCode(firstNine + checkDigit(firstNine));
    }

    @Override
    public String toString() {
        return value;
    }
}
