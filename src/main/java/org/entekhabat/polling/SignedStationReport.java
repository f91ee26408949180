package org.entekhabat.polling;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * A station report's canonical text with the device's Ed25519 signature over its bytes: what the
 * station sends to central and what central publishes for anyone to verify.
 */
public record SignedStationReport(String text, String signature) {

    public static SignedStationReport sign(StationReport report, PrivateKey deviceKey) {
        String text = StationReportCodec.encode(report);
        try {
            var signer = Signature.getInstance("Ed25519");
            signer.initSign(deviceKey);
            signer.update(text.getBytes(StandardCharsets.UTF_8));
            return new SignedStationReport(text, Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign the station report", e);
        }
    }

    /** True when the signature is the device's over exactly these bytes. */
    public boolean verify(PublicKey deviceKey) {
        try {
            var verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(deviceKey);
            verifier.update(text.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** Parses and re-checks the hash chain; throws naming the first bad line. */
    public StationReport report() {
        return StationReportCodec.decode(text);
    }

    public String hash() {
        return text.substring(text.lastIndexOf("report=") + 7).trim();
    }
}
