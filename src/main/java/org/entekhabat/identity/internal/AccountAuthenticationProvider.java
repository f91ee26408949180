package org.entekhabat.identity.internal;

import java.util.Locale;
import org.entekhabat.identity.CurrentUser;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password login for the form and for HTTP Basic: a locked account is refused before its
 * password is even checked; a wrong password counts towards the lock; a right one clears the count.
 * Unknown names and disabled accounts get the same answer as a wrong password.
 */
@Component
public class AccountAuthenticationProvider implements AuthenticationProvider {

    private final UserStore store;
    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    /** hashed once, so an unknown name costs as much time as a known one */
    private final String dummyHash;

    AccountAuthenticationProvider(UserStore store, LoginAttempts attempts, PasswordEncoder encoder) {
        this.store = store;
        this.attempts = attempts;
        this.encoder = encoder;
        this.dummyHash = encoder.encode("not-a-real-password-" + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName() == null ? "" : authentication.getName().strip().toLowerCase(Locale.ROOT);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        var found = store.find(username);
        if (found.isEmpty()) {
            encoder.matches(password, dummyHash);
            if (attempts.unknownLocked(username) || attempts.failedUnknown(username)) throw locked();
            throw bad();
        }
        var stored = found.get();
        var account = stored.account();
        if (account.lockedAt(attempts.now())) throw locked();
        if (!encoder.matches(password, stored.passwordHash())) {
            if (attempts.failed(username)) throw locked();
            throw bad();
        }
        if (!account.enabled()) throw bad();
        attempts.succeeded(username);
        var principal = new SignedInAccount(
                new CurrentUser(account.username(), account.role(), account.jurisdiction()), account.displayName());
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.authorities());
    }

    private static BadCredentialsException bad() {
        return new BadCredentialsException("bad credentials");
    }

    private static LockedException locked() {
        return new LockedException("locked after repeated failures");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
