package org.entekhabat.identity.internal;

import java.io.Serializable;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import org.entekhabat.identity.CurrentUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The principal kept in the security context (and the session) once someone has signed in. */
public record SignedInAccount(CurrentUser user, String displayName) implements Principal, Serializable {

    @Override
    public String getName() {
        return user.username();
    }

    public Collection<? extends GrantedAuthority> authorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String toString() {
        return user.username(); // what Authentication.getName() shows
    }
}
