package org.entekhabat.polling;

import java.util.HexFormat;

/**
 * A ballot as it sits in the box: a random nonce (no time, no sequence number, no token), the
 * ballot, and the device's Ed25519 signature over both (and the box's device id).
 */
public record SealedBallot(byte[] nonce, Ballot ballot, byte[] signature) {

    public String nonceHex() {
        return HexFormat.of().formatHex(nonce);
    }

    @Override
    public String toString() {
        return "SealedBallot[" + nonceHex() + ", " + ballot + "]";
    }
}
