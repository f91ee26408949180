package org.entekhabat.polling.node;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** A station staff member (عامل شعبه): an id, a name, and a PIN kept only as a salted PBKDF2 hash. */
public record StaffMember(String id, String name, String salt, String pinHash) {

    private static final int ITERATIONS = 60_000;

    /** Parses {@code ID:NAME:PIN} as given to {@code station setup --staff}. */
    public static StaffMember parse(String spec) {
        String[] parts = spec.split(":", 3);
        if (parts.length != 3 || !parts[0].matches("[A-Za-z0-9._-]{1,32}") || parts[1].isBlank() || !parts[2].matches("\\d{4,12}")) {
            throw new IllegalArgumentException("staff must be ID:NAME:PIN with a 4-12 digit PIN: " + spec.replaceAll(":[^:]*$", ":****"));
        }
        return create(parts[0], parts[1], parts[2]);
    }

    public static StaffMember create(String id, String name, String pin) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String s = Base64.getEncoder().encodeToString(salt);
        return new StaffMember(id, name, s, hash(pin, s));
    }

    public boolean pinMatches(String pin) {
        if (pin == null) return false;
        return MessageDigest.isEqual(hash(pin, salt).getBytes(), pinHash.getBytes());
    }

    private static String hash(String pin, String salt) {
        try {
            var spec = new PBEKeySpec(pin.toCharArray(), Base64.getDecoder().decode(salt), ITERATIONS, 256);
            return Base64.getEncoder().encodeToString(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
