package org.entekhabat.polling;

import java.security.PublicKey;
import java.util.Arrays;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * An Ed25519 public key decoded and checked once, to verify many signatures fast. The JDK's own
 * Ed25519 takes about 1 ms a verification on our 2-core machine; BouncyCastle's RFC 8032 code,
 * with the key point decoded ahead, takes about a tenth of that. Central verifies every station
 * request, so this is on its hot path. The check is RFC 8032's: same signatures accepted, and a
 * key that is not a point of the prime-order subgroup is refused up front ({@link #of}).
 */
public final class VerifyingKey {

    /** X.509 SubjectPublicKeyInfo prefix of an Ed25519 key (OID 1.3.101.112); the 32 raw bytes follow. */
    private static final byte[] X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private final Ed25519.PublicPoint point;

    private VerifyingKey(Ed25519.PublicPoint point) {
        this.point = point;
    }

    /** The key, decoded; {@link IllegalArgumentException} when it is not a valid Ed25519 public key. */
    public static VerifyingKey of(PublicKey key) {
        var point = Ed25519.validatePublicKeyFullExport(raw(key), 0);
        if (point == null) throw new IllegalArgumentException("not a valid Ed25519 public key point");
        return new VerifyingKey(point);
    }

    /** The 32-byte RFC 8032 encoding of an Ed25519 public key. */
    static byte[] raw(PublicKey key) {
        byte[] der = key.getEncoded();
        if (der == null || der.length != X509_PREFIX.length + Ed25519.PUBLIC_KEY_SIZE
                || !Arrays.equals(der, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
            throw new IllegalArgumentException("not an X.509 Ed25519 public key");
        }
        return Arrays.copyOfRange(der, X509_PREFIX.length, der.length);
    }

    /** True when {@code signature} is this key's Ed25519 signature of {@code message}. */
    public boolean verify(byte[] message, byte[] signature) {
        if (message == null || signature == null || signature.length != Ed25519.SIGNATURE_SIZE) return false;
        return Ed25519.verify(signature, 0, point, message, 0, message.length);
    }
}
