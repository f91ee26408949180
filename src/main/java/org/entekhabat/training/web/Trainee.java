package org.entekhabat.training.web;

import java.security.Principal;
import org.entekhabat.platform.DomainException;

/** Who is taking part: the logged-in user, else (until the identity module exists) a request parameter. */
final class Trainee {

    private Trainee() {}

    static String username(Principal principal, String param) {
        if (principal != null) return principal.getName();
        if (param != null && !param.isBlank()) return param.trim();
        throw DomainException.badInput("no-username", "نام کاربری مشخص نیست؛ وارد شوید.", "No username; please log in.");
    }

    static String actor(Principal principal) {
        return principal == null ? "web" : principal.getName();
    }
}
