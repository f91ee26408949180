package org.entekhabat.verifier;

/**
 * One thing in the published record that does not check.
 *
 * @param file      path inside the record, e.g. "totals.tsv" or "stations/S-0001.txt"
 * @param line      1-based line number in that file (0 when the whole file is at fault)
 * @param contest   the contest concerned ("" when none)
 * @param what      what is wrong, in words
 * @param expected  what the verifier computed from the signed reports ("" when not a value)
 * @param published what the record says ("" when missing)
 */
public record Finding(String file, int line, String contest, String what, String expected, String published) {

    @Override
    public String toString() {
        var s = new StringBuilder(file);
        if (line > 0) s.append(':').append(line);
        if (!contest.isEmpty()) s.append(" contest ").append(contest);
        s.append(": ").append(what);
        if (!expected.isEmpty() || !published.isEmpty()) {
            s.append(" (expected ").append(expected.isEmpty() ? "nothing" : expected)
                    .append(", published ").append(published.isEmpty() ? "nothing" : published).append(')');
        }
        return s.toString();
    }
}
