package org.entekhabat.polling.node;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The e-ballot card's short code: eight digits the voter types on the keypad, derived from the
 * journal's one-time token (so the node rebuilds it from the journal after a restart). It names a
 * ballot style and nothing personal.
 */
final class ShortCodes {

    private ShortCodes() {}

    static String of(String token) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("entekhabat-short-code:" + token).getBytes(StandardCharsets.UTF_8));
            return String.format("%08d", new BigInteger(1, h).mod(BigInteger.valueOf(100_000_000L)).longValue());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "1234 5678" for reading aloud and printing. */
    static String spaced(String code) {
        return code.substring(0, 4) + " " + code.substring(4);
    }
}
