package org.entekhabat.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.entekhabat.platform.AuditEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts consecutive failed logins and locks an account when they reach the limit. Names that
 * belong to no account are counted the same way, in memory, so the answer after the limit
 * ("locked") does not tell a guesser whether the name exists.
 */
@Component
public class LoginAttempts {

    private static final int UNKNOWN_NAMES_KEPT = 10_000;

    private record Strikes(int count, Instant lockedUntil) {}

    private final UserStore store;
    private final LockoutProperties policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Strikes> unknown = new ConcurrentHashMap<>();

    LoginAttempts(UserStore store, LockoutProperties policy, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** Records a wrong password; true when this failure locked the account. */
    @Transactional
    public boolean failed(String username) {
        int count = store.addFailure(username);
        if (count < policy.maxAttempts()) return false;
        Instant until = clock.instant().plus(policy.duration());
        store.lock(username, until);
        events.publishEvent(new AuditEvent("system", "identity.login-locked", "user:" + username,
                count + " consecutive failed logins",
                Map.of("failedAttempts", count, "lockedUntil", until.toString())));
        return true;
    }

    public void succeeded(String username) {
        store.clearFailures(username);
    }

    /** Records a failure for a name with no account; true when that name now reads as locked. */
    public boolean failedUnknown(String username) {
        if (unknown.size() > UNKNOWN_NAMES_KEPT) unknown.clear(); // bounded memory; forgetting is harmless
        Instant now = clock.instant();
        Strikes s = unknown.compute(username, (k, old) -> {
            if (old != null && old.lockedUntil() != null && old.lockedUntil().isAfter(now)) return old;
            int count = (old == null || old.lockedUntil() != null ? 0 : old.count()) + 1;
            return count >= policy.maxAttempts() ? new Strikes(0, now.plus(policy.duration())) : new Strikes(count, null);
        });
        return s.lockedUntil() != null;
    }

    public boolean unknownLocked(String username) {
        Strikes s = unknown.get(username);
        return s != null && s.lockedUntil() != null && s.lockedUntil().isAfter(clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }
}
