package org.entekhabat.tally;

/** Ballot codes: non-blank, no white space (they are joined with new lines in a lot's digest). */
final class Codes {

    private Codes() {}

    static String require(String code, String what) {
        if (code == null || code.isBlank() || code.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a " + what + " code must be non-blank without spaces: '" + code + "'");
        }
        return code;
    }
}
