package org.entekhabat.identity;

import org.entekhabat.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.platform.AuditEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The browser's door (form login, CSRF, session, logout), the lock-out, and how passwords are kept. */
@DatabaseTest
@RecordApplicationEvents
class IdentityLoginTest {

    static final String PW = "login-pass-1405";

    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @Autowired AuthenticationManager authentication;
    @Autowired ApplicationEvents events;
    @LocalServerPort int port;

    private String governor(String prefix) {
        String name = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        users.createBySystem(new NewUser(name, "فرماندار آزمایشی", Role.GOVERNOR, Jurisdiction.county("1000001"), PW), "test");
        return name;
    }

    @Test
    void formLoginWithCsrfSessionAndLogout() {
        String name = governor("form");
        var browser = TestHttp.browser(port);

        var page = browser.get("/login");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"", "ورود به سامانه");
        String token = TestHttp.csrf(page.body());

        var noToken = browser.postForm("/login", Map.of("username", name, "password", PW));
        assertThat(noToken.statusCode()).as("a POST without the CSRF token is refused").isEqualTo(403);
        assertThat(browser.get("/admin/users").statusCode()).as("and did not sign in").isEqualTo(302);

        var wrong = browser.postForm("/login", Map.of("username", name, "password", "not-the-password", "_csrf", token));
        assertThat(wrong.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        assertThat(browser.get("/login?error").body()).contains("نام کاربری یا گذرواژه نادرست است");

        token = TestHttp.csrf(browser.get("/login").body());
        var ok = browser.postForm("/login", Map.of("username", name, "password", PW, "_csrf", token));
        assertThat(ok.statusCode()).isEqualTo(302);
        assertThat(ok.headers().firstValue("Location").orElse("")).doesNotContain("error");

        var admin = browser.get("/admin/users");
        assertThat(admin.statusCode()).isEqualTo(200);
        assertThat(admin.body()).contains(name, "شهرستان ۱۰۰۰۰۰۱");

        // create an account through the page's form, with its CSRF token
        String staff = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        var created = browser.postForm("/admin/users", Map.of("username", staff, "displayName", "عامل شعبه",
                "role", "STATION_STAFF", "jurisdiction", "COUNTY:1000001", "password", "staff-password-1",
                "_csrf", TestHttp.csrf(admin.body())));
        assertThat(created.statusCode()).isEqualTo(302);
        assertThat(users.find(staff)).get().extracting(UserAccount::createdBy).isEqualTo(name);
        // and a refused one: the neighbour county
        String outside = "out-" + UUID.randomUUID().toString().substring(0, 8);
        var refused = browser.postForm("/admin/users", Map.of("username", outside, "role", "STATION_STAFF",
                "jurisdiction", "COUNTY:1000002", "password", "staff-password-1",
                "_csrf", TestHttp.csrf(browser.get("/admin/users").body())));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("حق تغییر اطلاعات");
        assertThat(users.find(outside)).isEmpty();

        // a governor is not an auditor: a Persian refusal page
        var audit = browser.get("/audit/log");
        assertThat(audit.statusCode()).isEqualTo(403);
        assertThat(audit.body()).contains("دسترسی ندارید");

        // the session cookie opens nothing on /api: it is stateless and wants Basic auth
        assertThat(browser.get("/api/users/me").statusCode()).isEqualTo(401);

        var logout = browser.postForm("/logout", Map.of("_csrf", TestHttp.csrf(browser.get("/admin/users").body())));
        assertThat(logout.headers().firstValue("Location").orElse("")).endsWith("/login?logout");
        assertThat(browser.get("/admin/users").statusCode()).isEqualTo(302);
    }

    @Test
    void loginPageSpeaksEnglishOnRequest() {
        var page = TestHttp.browser(port).get("/login?lang=en");
        assertThat(page.body()).contains("dir=\"ltr\"", "Sign in");
    }

    @Test
    void fiveFailuresLockTheAccountAndTheLoginPageSaysSo() {
        String name = governor("lock");
        var api = TestHttp.api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/users/me", name, "wrong-password-" + i).statusCode()).isEqualTo(401);
        }
        var locked = api.get("/api/users/me", name, PW);
        assertThat(locked.statusCode()).as("the right password does not open a locked account").isEqualTo(401);
        assertThat(locked.body()).contains("account-locked", "قفل");
        assertThat(jdbc.sql("select locked_until from app_user where username = ?").param(name)
                .query(OffsetDateTime.class).single()).isAfter(OffsetDateTime.now().plusMinutes(14));

        var browser = TestHttp.browser(port);
        var form = browser.postForm("/login", Map.of("username", name, "password", PW,
                "_csrf", TestHttp.csrf(browser.get("/login").body())));
        assertThat(form.headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(browser.get("/login?locked").body()).contains("۵ تلاش ناموفق پیاپی", "۱۵ دقیقه");

        // once the lock has run out, the right password works again
        jdbc.sql("update app_user set locked_until = ? where username = ?")
                .params(OffsetDateTime.now().minusMinutes(1), name).update();
        assertThat(api.get("/api/users/me", name, PW).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownNamesLockTheSameWaySoTheyRevealNothing() {
        String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
        String real = governor("real");
        var api = TestHttp.api(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/users/me", ghost, "wrong-password").statusCode()).isEqualTo(401);
            assertThat(api.get("/api/users/me", real, "wrong-password").statusCode()).isEqualTo(401);
        }
        var ghostAnswer = api.get("/api/users/me", ghost, "wrong-password");
        var realAnswer = api.get("/api/users/me", real, "wrong-password");
        assertThat(ghostAnswer.statusCode()).isEqualTo(realAnswer.statusCode());
        assertThat(ghostAnswer.body().replace(ghost, "X")).isEqualTo(realAnswer.body().replace(real, "X"));
        assertThat(ghostAnswer.body()).contains("account-locked");
    }

    @Test
    void successResetsTheCount() {
        String name = governor("reset");
        var api = TestHttp.api(port);
        for (int i = 0; i < 4; i++) api.get("/api/users/me", name, "wrong-password");
        assertThat(api.get("/api/users/me", name, PW).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("select failed_attempts from app_user where username = ?").param(name)
                .query(Integer.class).single()).isZero();
        for (int i = 0; i < 4; i++) api.get("/api/users/me", name, "wrong-password");
        assertThat(api.get("/api/users/me", name, PW).statusCode()).as("4 + 4 failures apart do not lock").isEqualTo(200);
    }

    @Test
    void lockOutAndCreationAreAudited() {
        String name = governor("audit");
        assertThat(events.stream(AuditEvent.class))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("identity.user-created");
                    assertThat(e.subject()).isEqualTo("user:" + name);
                });
        for (int i = 0; i < 5; i++) {
            try {
                authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(name, "wrong-password"));
            } catch (AuthenticationException expected) {
                if (i == 4) assertThat(expected).isInstanceOf(LockedException.class);
            }
        }
        assertThat(events.stream(AuditEvent.class))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo("identity.login-locked");
                    assertThat(e.subject()).isEqualTo("user:" + name);
                });
    }

    @Test
    void passwordsAreKeptAsArgon2idHashes() {
        String name = governor("hash");
        String hash = jdbc.sql("select password_hash from app_user where username = ?").param(name).query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(PW);
    }

    @Test
    void aUserChangesTheirOwnPassword() {
        String name = governor("pw");
        var api = TestHttp.api(port);
        var tooShort = api.postJson("/api/users/me/password",
                "{\"currentPassword\":\"" + PW + "\",\"newPassword\":\"short\"}", name, PW);
        assertThat(tooShort.statusCode()).isEqualTo(400);
        var r = api.postJson("/api/users/me/password",
                "{\"currentPassword\":\"" + PW + "\",\"newPassword\":\"a-brand-new-password\"}", name, PW);
        assertThat(r.statusCode()).isEqualTo(204);
        assertThat(api.get("/api/users/me", name, PW).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/users/me", name, "a-brand-new-password").statusCode()).isEqualTo(200);
    }
}
