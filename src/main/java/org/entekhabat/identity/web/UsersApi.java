package org.entekhabat.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.UserAccount;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** User administration over HTTP: list and open accounts within the caller's jurisdiction. */
@RestController
@RequestMapping("/api/users")
class UsersApi {

    record UserView(String username, String displayName, String role, String jurisdiction, boolean enabled,
                    boolean locked, Instant createdAt, String createdBy) {
        static UserView of(UserAccount a, Instant now) {
            return new UserView(a.username(), a.displayName(), a.role().name(), a.jurisdiction().toString(),
                    a.enabled(), a.lockedAt(now), a.createdAt(), a.createdBy());
        }
    }

    record CreateRequest(String username, String displayName, String role, String jurisdiction, String password) {}

    record PasswordChange(String currentPassword, String newPassword) {}

    record Me(String username, String role, String jurisdiction) {}

    private final Users users;
    private final Access access;
    private final java.time.Clock clock;

    UsersApi(Users users, Access access, java.time.Clock clock) {
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    /** Users of a jurisdiction (default: the caller's own), itself and everything inside it. */
    @GetMapping
    List<UserView> list(@RequestParam(required = false) String jurisdiction) {
        CurrentUser me = access.requireUser();
        Jurisdiction where = jurisdiction == null || jurisdiction.isBlank() ? me.jurisdiction() : Jurisdiction.parse(jurisdiction);
        Instant now = clock.instant();
        return users.list(where).stream().map(a -> UserView.of(a, now)).toList();
    }

    @PostMapping
    ResponseEntity<UserView> create(@RequestBody CreateRequest body) {
        access.requireUser();
        var request = new NewUser(body.username(), body.displayName(), parseRole(body.role()),
                Jurisdiction.parse(body.jurisdiction()), body.password());
        UserAccount created = users.create(request);
        return ResponseEntity.created(URI.create("/api/users/" + created.username()))
                .body(UserView.of(created, clock.instant()));
    }

    @GetMapping("/me")
    Me me() {
        CurrentUser me = access.requireUser();
        return new Me(me.username(), me.role().name(), me.jurisdiction().toString());
    }

    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@RequestBody PasswordChange body) {
        users.changeOwnPassword(body.currentPassword(), body.newPassword());
        return ResponseEntity.noContent().build();
    }

    static Role parseRole(String role) {
        try {
            return Role.valueOf(role == null ? "" : role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.badInput("role-invalid", "نقش «" + role + "» شناخته نیست.", "Unknown role '" + role + "'.");
        }
    }
}
