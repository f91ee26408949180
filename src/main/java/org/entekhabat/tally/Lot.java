package org.entekhabat.tally;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

/**
 * The public lot (قرعه) of the tie rule (new Art 20 note 1 [S32]; Majlis law Art 9 [S47]), made
 * reproducible: a seed is fixed in public, before witnesses, BEFORE the count (the UI shows and the
 * minutes record it); every draw is then a pure function of the seed, so anyone can redo it.
 *
 * <p>Draw number {@code i} (1, 2, ... in the order the count meets them) among the tied codes:
 * <pre>
 *   digest  = SHA-256( seed bytes ‖ i as 4-byte big-endian ‖ UTF-8(sorted codes joined by "\n") )
 *   ticket(c) = SHA-256( digest ‖ UTF-8(c) )
 *   outcome = the codes ordered by ticket, smallest first (tickets compared as unsigned big-endian)
 * </pre>
 * With {@code sha256sum}: {@code (printf '<seed hex>' | xxd -r -p; printf '\x00\x00\x00\x01'; printf 'A\nB') | sha256sum}.
 *
 * @param seedHex the seed as hexadecimal (even length, at least 16 bytes recommended), lower-cased
 */
public record Lot(String seedHex) {

    public Lot {
        if (seedHex == null || seedHex.isEmpty() || seedHex.length() % 2 != 0 || !seedHex.matches("[0-9a-fA-F]+")) {
            throw new IllegalArgumentException("a lot seed is a non-empty hex string of whole bytes");
        }
        seedHex = seedHex.toLowerCase();
    }

    /** A fresh 32-byte seed, to be shown to the witnesses and recorded before the count. */
    public static Lot fresh(SecureRandom random) {
        byte[] seed = new byte[32];
        random.nextBytes(seed);
        return new Lot(HexFormat.of().formatHex(seed));
    }

    /** The draw's digest over the sorted codes (hex). */
    public String digest(int drawIndex, Collection<String> codes) {
        return HexFormat.of().formatHex(digestBytes(drawIndex, sorted(codes)));
    }

    /** Draw number {@code drawIndex}: the codes in the order the lot gives them. */
    public List<String> order(int drawIndex, Collection<String> codes) {
        List<String> sorted = sorted(codes);
        byte[] digest = digestBytes(drawIndex, sorted);
        record Ticket(String code, byte[] hash) {}
        var tickets = new ArrayList<Ticket>();
        for (String code : sorted) tickets.add(new Ticket(code, sha256(digest, code.getBytes(StandardCharsets.UTF_8))));
        tickets.sort((a, b) -> {
            int c = Arrays.compareUnsigned(a.hash(), b.hash());
            return c != 0 ? c : a.code().compareTo(b.code());
        });
        return tickets.stream().map(Ticket::code).toList();
    }

    private byte[] digestBytes(int drawIndex, List<String> sorted) {
        if (drawIndex < 1) throw new IllegalArgumentException("draws are numbered from 1");
        return sha256(HexFormat.of().parseHex(seedHex), ByteBuffer.allocate(4).putInt(drawIndex).array(),
                String.join("\n", sorted).getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> sorted(Collection<String> codes) {
        List<String> s = codes.stream().sorted().toList();
        if (s.size() < 2 || s.stream().distinct().count() != s.size()) {
            throw new IllegalArgumentException("a lot needs at least two distinct codes: " + s);
        }
        return s;
    }

    private static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return md.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
