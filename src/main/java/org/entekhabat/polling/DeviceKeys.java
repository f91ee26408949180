package org.entekhabat.polling;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * A device's identity: its id and its Ed25519 key pair. Kept in a directory as three files:
 * {@code device-id}, {@code device-ed25519.key} (PKCS#8, Base64, owner-only) and
 * {@code device-ed25519.pub} (X.509, Base64; the form central registers and verifiers use).
 */
public record DeviceKeys(String deviceId, KeyPair keyPair) {

    static final String ID_FILE = "device-id";
    static final String PRIVATE_FILE = "device-ed25519.key";
    static final String PUBLIC_FILE = "device-ed25519.pub";

    public DeviceKeys {
        if (deviceId == null || !deviceId.matches("[A-Za-z0-9._-]{1,64}")) {
            throw new IllegalArgumentException("device id must be 1-64 letters, digits, '.', '_' or '-': " + deviceId);
        }
    }

    /** A fresh key pair in memory (tests, drills); see {@link #generate(Path, String)} to keep it. */
    public static DeviceKeys generate(String deviceId) {
        try {
            return new DeviceKeys(deviceId, KeyPairGenerator.getInstance("Ed25519").generateKeyPair());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK has no Ed25519", e);
        }
    }

    /** Generates a key pair and writes it to {@code dir}; refuses to overwrite an existing key. */
    public static DeviceKeys generate(Path dir, String deviceId) {
        var keys = generate(deviceId);
        try {
            Files.createDirectories(dir);
            if (Files.exists(dir.resolve(PRIVATE_FILE))) {
                throw new IllegalStateException("a device key already exists in " + dir);
            }
            Files.writeString(dir.resolve(ID_FILE), deviceId + "\n");
            Path priv = dir.resolve(PRIVATE_FILE);
            Files.writeString(priv, b64(keys.keyPair.getPrivate().getEncoded()) + "\n");
            try {
                Files.setPosixFilePermissions(priv, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // not a POSIX file system: the operator protects the directory
            }
            Files.writeString(dir.resolve(PUBLIC_FILE), keys.publicKeyBase64() + "\n");
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the device key to " + dir, e);
        }
    }

    /** Loads the key pair written by {@link #generate(Path, String)}. */
    public static DeviceKeys load(Path dir) {
        try {
            String id = Files.readString(dir.resolve(ID_FILE)).trim();
            byte[] priv = Base64.getDecoder().decode(Files.readString(dir.resolve(PRIVATE_FILE)).trim());
            PublicKey pub = publicKeyFromBase64(Files.readString(dir.resolve(PUBLIC_FILE)));
            var factory = KeyFactory.getInstance("Ed25519");
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(priv));
            return new DeviceKeys(id, new KeyPair(pub, privateKey));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the device key in " + dir, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the device key in " + dir + " is not an Ed25519 key", e);
        }
    }

    /** Only the public half, as a verifier holds it. */
    public static PublicKey loadPublicKey(Path file) {
        try {
            return publicKeyFromBase64(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static PublicKey publicKeyFromBase64(String base64) {
        try {
            byte[] der = Base64.getDecoder().decode(base64.trim());
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("not an X.509 Ed25519 public key", e);
        }
    }

    public PublicKey publicKey() {
        return keyPair.getPublic();
    }

    public String publicKeyBase64() {
        return b64(keyPair.getPublic().getEncoded());
    }

    /** SHA-256 of the X.509 public key, hex: a short name for the key in journals and reports. */
    public String fingerprint() {
        return fingerprint(publicKey());
    }

    public static String fingerprint(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Ed25519 signature of {@code message}. A JDK key with its seed at hand is signed with
     * BouncyCastle's RFC 8032 code (same, deterministic signature; several times faster than the
     * JDK's); any other private key (e.g. held in a token) through the JDK.
     */
    public byte[] sign(byte[] message) {
        if (keyPair.getPrivate() instanceof EdECPrivateKey k && k.getBytes().isPresent()) {
            byte[] seed = k.getBytes().get();
            byte[] signature = new byte[Ed25519.SIGNATURE_SIZE];
            try {
                Ed25519.sign(seed, 0, VerifyingKey.raw(keyPair.getPublic()), 0, message, 0, message.length, signature, 0);
            } finally {
                Arrays.fill(seed, (byte) 0);
            }
            return signature;
        }
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(keyPair.getPrivate());
            signer.update(message);
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("signing failed", e);
        }
    }

    public byte[] sign(String message) {
        return sign(message.getBytes(StandardCharsets.UTF_8));
    }

    /** True when {@code signature} is {@code key}'s Ed25519 signature of {@code message}. */
    public static boolean verify(PublicKey key, byte[] message, byte[] signature) {
        try {
            return VerifyingKey.of(key).verify(message, signature);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String b64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Override
    public String toString() {
        return "DeviceKeys[" + deviceId + ", " + fingerprint().substring(0, 16) + "]";
    }
}
