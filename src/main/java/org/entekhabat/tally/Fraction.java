package org.entekhabat.tally;

import java.math.BigInteger;
import java.util.Objects;
import org.entekhabat.platform.PersianNumbers;

/**
 * An exact rational number, always in lowest terms with a positive denominator. Quotas, shares and
 * remainders are Fractions so that no rounding can move a seat; they are compared by
 * cross-multiplication, never through floating point (the lesson of Abacus #785).
 */
public record Fraction(BigInteger numerator, BigInteger denominator) implements Comparable<Fraction> {

    public static final Fraction ZERO = new Fraction(BigInteger.ZERO, BigInteger.ONE);

    public Fraction {
        Objects.requireNonNull(numerator, "numerator");
        Objects.requireNonNull(denominator, "denominator");
        if (denominator.signum() == 0) throw new ArithmeticException("denominator is zero");
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    public static Fraction of(BigInteger numerator, BigInteger denominator) {
        return new Fraction(numerator, denominator);
    }

    public static Fraction integer(long value) {
        return of(value, 1);
    }

    public Fraction add(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator).add(o.numerator.multiply(denominator)),
                denominator.multiply(o.denominator));
    }

    public Fraction subtract(Fraction o) {
        return add(new Fraction(o.numerator.negate(), o.denominator));
    }

    public Fraction multiply(Fraction o) {
        return new Fraction(numerator.multiply(o.numerator), denominator.multiply(o.denominator));
    }

    public Fraction divide(Fraction o) {
        return new Fraction(numerator.multiply(o.denominator), denominator.multiply(o.numerator));
    }

    /** The greatest integer not above this value. */
    public BigInteger floor() {
        BigInteger[] qr = numerator.divideAndRemainder(denominator);
        return qr[1].signum() < 0 ? qr[0].subtract(BigInteger.ONE) : qr[0];
    }

    /** This value minus its floor: in [0, 1). */
    public Fraction fractionalPart() {
        return subtract(new Fraction(floor(), BigInteger.ONE));
    }

    public boolean isInteger() {
        return denominator.equals(BigInteger.ONE);
    }

    /** Exact comparison by cross-multiplication (denominators are positive). */
    @Override
    public int compareTo(Fraction o) {
        return numerator.multiply(o.denominator).compareTo(o.numerator.multiply(denominator));
    }

    /**
     * A decimal with {@code places} digits, truncated toward zero (for people reading the minutes;
     * the exact value is {@link #toString()}). Computed with integers only.
     */
    public String decimal(int places) {
        BigInteger scaled = numerator.abs().multiply(BigInteger.TEN.pow(places)).divide(denominator);
        String digits = scaled.toString();
        if (places > 0) {
            digits = "0".repeat(Math.max(0, places + 1 - digits.length())) + digits;
            digits = digits.substring(0, digits.length() - places) + "." + digits.substring(digits.length() - places);
        }
        return (numerator.signum() < 0 ? "-" : "") + digits;
    }

    /** "n/d", or "n" for an integer: the exact value, Latin digits (API and English text). */
    @Override
    public String toString() {
        return isInteger() ? numerator.toString() : numerator + "/" + denominator;
    }

    /** The exact value with Persian digits, e.g. ۱۰۵۰/۲۱. */
    public String toPersian() {
        return PersianNumbers.digits(toString());
    }
}
