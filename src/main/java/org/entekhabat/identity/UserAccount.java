package org.entekhabat.identity;

import java.time.Instant;

/** An account as other modules and the API see it: never its password hash. */
public record UserAccount(String username, String displayName, Role role, Jurisdiction jurisdiction,
                          boolean enabled, Instant lockedUntil, Instant createdAt, String createdBy) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
