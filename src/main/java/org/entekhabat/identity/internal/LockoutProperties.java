package org.entekhabat.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Lock-out after repeated failed logins.
 *
 * @param maxAttempts consecutive failures that lock an account (default 5)
 * @param duration    how long it stays locked (default 15 minutes)
 */
@ConfigurationProperties("entekhabat.identity.lockout")
public record LockoutProperties(Integer maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts == null || maxAttempts < 1) maxAttempts = 5;
        if (duration == null || duration.isNegative() || duration.isZero()) duration = Duration.ofMinutes(15);
    }
}
