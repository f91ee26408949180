package org.entekhabat.identity;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.entekhabat.identity.internal.UserStore;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Accounts: open one, find one, list those of a jurisdiction, change a password. Methods that act
 * for the signed-in user apply the access rule themselves, so no caller can forget it; the
 * {@code ...BySystem} ones are for the command line and the demo, which run with no user.
 */
@Service
public class Users {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final Access access;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Users(UserStore store, PasswordEncoder encoder, Access access, Clock clock, ApplicationEventPublisher events,
          TransactionTemplate tx) {
        this.store = store;
        this.encoder = encoder;
        this.access = access;
        this.clock = clock;
        this.events = events;
        this.tx = tx;
    }

    /** Opens an account for the signed-in user, who must cover the jurisdiction and may open that role. */
    public UserAccount create(NewUser request) {
        CurrentUser creator = access.requireUser();
        if (!UserAdministration.mayCreate(creator.role(), request.role())) {
            throw new DomainException(403, "forbidden-role",
                    "نقش «" + creator.role().fa() + "» حق ساختن حساب «" + request.role().fa() + "» را ندارد.",
                    "The role '" + creator.role().en() + "' may not create '" + request.role().en() + "' accounts.");
        }
        access.requireChange(request.jurisdiction());
        return insert(request, creator.username());
    }

    /** Opens an account with no user signed in (command line, demo); {@code actor} names who asked. */
    public UserAccount createBySystem(NewUser request, String actor) {
        return insert(request, actor);
    }

    public Optional<UserAccount> find(String username) {
        return store.find(normalize(username)).map(UserStore.StoredUser::account);
    }

    /** The accounts in a jurisdiction (itself and everything inside it), for a user allowed to see them. */
    public List<UserAccount> list(Jurisdiction jurisdiction) {
        CurrentUser user = access.requireUser();
        if (!List.of(UserAdministration.listers()).contains(user.role())) {
            throw new DomainException(403, "forbidden-role",
                    "نقش «" + user.role().fa() + "» حق دیدن فهرست کاربران را ندارد.",
                    "The role '" + user.role().en() + "' may not list user accounts.");
        }
        access.requireRead(jurisdiction);
        return listAll().stream().filter(a -> access.covers(jurisdiction, a.jurisdiction())).toList();
    }

    /** Every account, for the command line. */
    public List<UserAccount> listAll() {
        return store.all().stream().map(UserStore.StoredUser::account).toList();
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    public void changeOwnPassword(String currentPassword, String newPassword) {
        CurrentUser user = access.requireUser();
        var stored = store.find(user.username()).orElseThrow();
        if (currentPassword == null || !encoder.matches(currentPassword, stored.passwordHash())) {
            throw DomainException.badInput("password-wrong", "گذرواژهٔ کنونی درست نیست.", "The current password is wrong.");
        }
        PasswordPolicy.check(user.username(), newPassword);
        String hash = encoder.encode(newPassword);
        tx.executeWithoutResult(s -> {
            store.setPasswordHash(user.username(), hash);
            events.publishEvent(new AuditEvent(user.username(), "identity.password-changed",
                    "user:" + user.username(), "changed by the user", Map.of()));
        });
    }

    private UserAccount insert(NewUser request, String actor) {
        String username = normalize(request.username());
        if (!USERNAME.matcher(username).matches()) {
            throw DomainException.badInput("username-invalid",
                    "نام کاربری باید ۲ تا ۴۰ نویسه از حروف کوچک لاتین، رقم، نقطه، خط تیره یا زیرخط باشد.",
                    "A username is 2 to 40 characters: lower-case Latin letters, digits, '.', '-' or '_'.");
        }
        Role role = request.role();
        Jurisdiction where = request.jurisdiction();
        if (role == null || where == null) {
            throw DomainException.badInput("user-incomplete", "نقش و حوزهٔ مسئولیت کاربر باید مشخص باشد.",
                    "A user needs a role and a jurisdiction.");
        }
        if (!role.livesOn(where.level())) {
            throw DomainException.badInput("role-level-mismatch",
                    "نقش «" + role.fa() + "» در سطح " + where.level().fa() + " تعریف نمی‌شود.",
                    "The role '" + role.en() + "' does not exist at " + where.level().en() + " level.");
        }
        PasswordPolicy.check(username, request.password());
        String displayName = request.displayName() == null || request.displayName().isBlank()
                ? username : request.displayName().strip();
        var account = new UserAccount(username, displayName, role, where, true, null, clock.instant(), actor);
        String hash = encoder.encode(request.password()); // slow on purpose: outside the transaction
        return tx.execute(s -> {
            if (store.exists(username)) throw taken(username);
            try {
                store.insert(account, hash);
            } catch (org.springframework.dao.DuplicateKeyException raced) {
                throw taken(username);
            }
            events.publishEvent(new AuditEvent(actor, "identity.user-created", "user:" + username, "",
                    Map.of("role", role.name(), "jurisdiction", where.toString())));
            return account;
        });
    }

    private static DomainException taken(String username) {
        return DomainException.conflict("username-taken", "نام کاربری «" + username + "» پیش‌تر گرفته شده است.",
                "The username '" + username + "' is already taken.");
    }

    private static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
