package org.entekhabat.polling.node;

import java.util.Set;
import org.entekhabat.registry.NationalCode;

/**
 * The fingerprint step of authentication (DOMAIN §7: "where possible"). Production drives the
 * station's scanner and matches against the civil registry's template behind this interface.
 */
public interface FingerprintReader {

    enum Result { MATCH, NO_MATCH }

    Result read(NationalCode claimedIdentity);

    /** SIMULATOR: every finger matches, except for the national codes configured as mismatches. */
    static FingerprintReader simulator(Set<String> mismatches) {
        return code -> mismatches.contains(code.value()) ? Result.NO_MATCH : Result.MATCH;
    }
}
