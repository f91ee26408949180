package org.entekhabat.identity;

import java.util.Optional;
import org.entekhabat.identity.internal.SignedInAccount;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting in this request, as the security context says. */
public record CurrentUser(String username, Role role, Jurisdiction jurisdiction) {

    /** The signed-in user, or empty for the anonymous public. */
    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof SignedInAccount account) {
            return Optional.of(account.user());
        }
        return Optional.empty();
    }
}
