package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast Ed25519 path (BouncyCastle, RFC 8032) says exactly what the JDK's says: same
 * deterministic signatures, each verifies the other's, and neither accepts a changed message,
 * signature or key.
 */
class VerifyingKeyTest {

    @Test
    void signaturesAndVerdictsMatchTheJdk() throws Exception {
        long seed = System.nanoTime();
        var random = new Random(seed);
        for (int k = 0; k < 20; k++) {
            var keys = DeviceKeys.generate("K-" + k);
            var fast = VerifyingKey.of(keys.publicKey());
            var stranger = VerifyingKey.of(DeviceKeys.generate("S-" + k).publicKey());
            for (int i = 0; i < 25; i++) {
                byte[] message = new byte[random.nextInt(300)];
                random.nextBytes(message);
                byte[] ours = keys.sign(message);
                var jdk = Signature.getInstance("Ed25519");
                jdk.initSign(keys.keyPair().getPrivate());
                jdk.update(message);
                assertThat(ours).as("seed %d", seed).isEqualTo(jdk.sign());
                var jdkVerify = Signature.getInstance("Ed25519");
                jdkVerify.initVerify(keys.publicKey());
                jdkVerify.update(message);
                assertThat(jdkVerify.verify(ours)).as("seed %d", seed).isTrue();
                assertThat(fast.verify(message, ours)).as("seed %d", seed).isTrue();
                assertThat(stranger.verify(message, ours)).as("seed %d", seed).isFalse();

                byte[] badSignature = ours.clone();
                badSignature[random.nextInt(64)] ^= (byte) (1 << random.nextInt(8));
                assertThat(fast.verify(message, badSignature)).as("seed %d", seed).isFalse();
                if (message.length > 0) {
                    byte[] badMessage = message.clone();
                    badMessage[random.nextInt(message.length)] ^= (byte) (1 << random.nextInt(8));
                    assertThat(fast.verify(badMessage, ours)).as("seed %d", seed).isFalse();
                    assertThat(DeviceKeys.verify(keys.publicKey(), badMessage, ours)).as("seed %d", seed).isFalse();
                }
            }
        }
    }

    @Test
    void malformedSignaturesAndKeysAreRefusedNotThrown() throws Exception {
        var keys = DeviceKeys.generate("K");
        var fast = VerifyingKey.of(keys.publicKey());
        byte[] message = "POST\n/station-api/claims".getBytes();
        assertThat(fast.verify(message, new byte[0])).isFalse();
        assertThat(fast.verify(message, new byte[63])).isFalse();
        assertThat(fast.verify(message, new byte[65])).isFalse();
        assertThat(fast.verify(message, null)).isFalse();
        // the identity point (y = 1) decodes but is of small order: no device may have it
        byte[] identity = new byte[32];
        identity[0] = 1;
        byte[] der = keys.publicKey().getEncoded().clone();
        System.arraycopy(identity, 0, der, der.length - 32, 32);
        var weak = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        assertThatThrownBy(() -> VerifyingKey.of(weak)).isInstanceOf(IllegalArgumentException.class);
        assertThat(DeviceKeys.verify(weak, message, new byte[64])).isFalse();
    }
}
