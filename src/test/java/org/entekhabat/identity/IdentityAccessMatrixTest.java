package org.entekhabat.identity;

import org.entekhabat.TestHttp;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The access matrix over real HTTP: roles × jurisdictions, for reading and for changing.
 * County A = Arak (1000001) and county B = Ashtian (1000002), both in Markazi province (100);
 * Tehran county (1230001) is in Tehran province (123).
 */
@DatabaseTest
class IdentityAccessMatrixTest {

    static final String PW = "matrix-pass-1405";
    static final String A = "COUNTY:1000001", B = "COUNTY:1000002", T = "COUNTY:1230001";
    static final String P100 = "PROVINCE:100", P123 = "PROVINCE:123", NATION = "NATION";
    static final List<String> TARGETS = List.of(A, B, T, P100, P123, NATION);

    /** One run's accounts; the suffix keeps them apart from any other test's data. */
    static final String S = UUID.randomUUID().toString().substring(0, 6);
    static boolean created;

    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;
    TestHttp http;

    static String u(String name) { return name + "-" + S; }

    /** How an account's name appears in the API's JSON. */
    static String n(String name) { return "\"username\":\"" + u(name) + "\""; }

    @BeforeEach
    void accounts() {
        http = TestHttp.api(port);
        if (created) return;
        make("hq", Role.NATIONAL_HQ, NATION);
        make("prov100", Role.PROVINCIAL_HQ, P100);
        make("prov123", Role.PROVINCIAL_HQ, P123);
        make("gov-a", Role.GOVERNOR, A);
        make("gov-b", Role.GOVERNOR, B);
        make("gov-t", Role.GOVERNOR, T);
        make("staff-a", Role.STATION_STAFF, A);
        make("cand-a", Role.CANDIDATE, A);
        make("sup-a", Role.SUPERVISOR, A);
        created = true;
    }

    private void make(String name, Role role, String where) {
        users.createBySystem(new NewUser(u(name), name, role, Jurisdiction.parse(where), PW), "test");
    }

    /** Who may read the user list of which jurisdiction: 200 where it covers, 403 elsewhere. */
    @Test
    void readingFollowsJurisdictionAndRole() {
        Map<String, List<String>> readable = new LinkedHashMap<>();
        readable.put("hq", TARGETS);
        readable.put("prov100", List.of(A, B, P100));
        readable.put("prov123", List.of(T, P123));
        readable.put("gov-a", List.of(A));
        readable.put("gov-b", List.of(B));
        readable.put("gov-t", List.of(T));
        readable.put("sup-a", List.of(A));
        readable.put("staff-a", List.of()); // station staff and candidates list no one, not even at home
        readable.put("cand-a", List.of());
        readable.forEach((who, allowed) -> {
            for (String target : TARGETS) {
                var r = http.get("/api/users?jurisdiction=" + target, u(who), PW);
                int expected = allowed.contains(target) ? 200 : 403;
                assertThat(r.statusCode()).as("%s reads %s: %s", who, target, r.body()).isEqualTo(expected);
                if (expected == 403) assertProblem(r, 403);
            }
        });
    }

    @Test
    void aCountyListShowsItsOwnPeopleOnly() {
        String body = http.get("/api/users?jurisdiction=" + A, u("gov-a"), PW).body();
        assertThat(body).contains(n("gov-a"), n("staff-a"), n("cand-a")).doesNotContain(n("gov-b"), n("prov100"), n("hq"));
        String province = http.get("/api/users?jurisdiction=" + P100, u("prov100"), PW).body();
        assertThat(province).contains(n("gov-a"), n("gov-b"), n("prov100")).doesNotContain(n("gov-t"), n("prov123"));
        assertThat(http.get("/api/users", u("gov-b"), PW).body()).as("default: the caller's own jurisdiction")
                .contains(n("gov-b")).doesNotContain(n("gov-a"));
    }

    /** Who may open which account where; a refusal writes nothing. */
    @Test
    void changingFollowsJurisdictionAndRole() {
        creates("gov-a", Role.STATION_STAFF, A, 201);
        creates("gov-a", Role.EXECUTIVE_BOARD, A, 201);
        creates("gov-a", Role.STATION_STAFF, B, 403);   // the neighbour county
        creates("gov-a", Role.STATION_STAFF, T, 403);
        creates("gov-a", Role.GOVERNOR, A, 403);        // not a role a governor opens
        creates("gov-b", Role.STATION_STAFF, B, 201);
        creates("gov-b", Role.STATION_STAFF, A, 403);
        creates("prov100", Role.GOVERNOR, B, 201);
        creates("prov100", Role.STATION_STAFF, A, 201);
        creates("prov100", Role.STATION_STAFF, T, 403); // another province
        creates("prov100", Role.PROVINCIAL_HQ, P123, 403);
        creates("prov100", Role.NATIONAL_HQ, NATION, 403);
        creates("prov123", Role.GOVERNOR, T, 201);
        creates("prov123", Role.STATION_STAFF, A, 403);
        creates("hq", Role.GOVERNOR, T, 201);
        creates("hq", Role.PROVINCIAL_HQ, P100, 201);
        creates("staff-a", Role.STATION_STAFF, A, 403); // station staff and candidates open nothing
        creates("cand-a", Role.CANDIDATE, A, 403);
        creates("sup-a", Role.SUPERVISOR, A, 201);
        creates("sup-a", Role.SUPERVISOR, B, 403);
    }

    private void creates(String who, Role role, String where, int expected) {
        String name = "new-" + UUID.randomUUID().toString().substring(0, 10);
        String json = """
                {"username":"%s","displayName":"کاربر آزمایشی","role":"%s","jurisdiction":"%s","password":"%s"}"""
                .formatted(name, role, where, "a-long-password-1");
        var r = http.postJson("/api/users", json, u(who), PW);
        assertThat(r.statusCode()).as("%s creates %s in %s: %s", who, role, where, r.body()).isEqualTo(expected);
        long rows = jdbc.sql("select count(*) from app_user where username = ?").param(name).query(Long.class).single();
        assertThat(rows).as("%s creates %s in %s: rows written", who, role, where).isEqualTo(expected == 201 ? 1 : 0);
        if (expected == 403) {
            assertProblem(r, 403);
            assertThat(r.body()).contains("message_fa", "message_en");
        }
    }

    @Test
    void badInputIsRefusedInPersianAndChangesNothing() {
        String json = """
                {"username":"short-pw-%s","role":"STATION_STAFF","jurisdiction":"%s","password":"short"}""".formatted(S, A);
        var r = http.postJson("/api/users", json, u("gov-a"), PW);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("دست‌کم ۱۰ نویسه");
        assertThat(users.find("short-pw-" + S)).isEmpty();
        var wrongLevel = http.postJson("/api/users", """
                {"username":"lvl-%s","role":"GOVERNOR","jurisdiction":"%s","password":"a-long-password-1"}""".formatted(S, P100),
                u("hq"), PW);
        assertThat(wrongLevel.statusCode()).isEqualTo(400);
        var taken = http.postJson("/api/users", """
                {"username":"%s","role":"STATION_STAFF","jurisdiction":"%s","password":"a-long-password-1"}""".formatted(u("gov-b"), A),
                u("gov-a"), PW);
        assertThat(taken.statusCode()).isEqualTo(409);
    }

    @Test
    void anonymousGets401OnTheApiAndTheLoginPageInTheBrowser() {
        var api = http.get("/api/users?jurisdiction=" + A);
        assertProblem(api, 401);
        assertThat(api.body()).contains("message_fa", "message_en");
        assertThat(http.postJson("/api/users", "{}", null, null).statusCode()).isEqualTo(401);
        assertThat(http.get("/api/users/me", u("gov-a"), "wrong-password").statusCode()).isEqualTo(401);
        assertThat(http.get("/api/users/me", "nobody-" + S, PW).statusCode()).isEqualTo(401);
        for (String page : List.of("/admin/users", "/audit/log")) {
            var r = http.get(page);
            assertThat(r.statusCode()).as(page).isEqualTo(302);
            assertThat(r.headers().firstValue("Location").orElse("")).as(page).endsWith("/login");
        }
    }

    @Test
    void publicPagesNeedNoLogin() {
        for (String page : List.of("/", "/login", "/login?lang=en", "/v3/api-docs", "/css/app.css")) {
            assertThat(http.get(page).statusCode()).as(page).isEqualTo(200);
        }
        // these belong to modules built elsewhere: open to the public, so never 401 or a login redirect
        for (String page : List.of("/geo", "/calendar", "/results", "/api/public/anything",
                "/candidate/register")) {
            int status = http.get(page).statusCode();
            assertThat(status).as(page).isNotIn(401, 302, 403);
        }
        // station devices authenticate by signature, not by login: refused as a problem detail, never redirected
        var unsigned = http.get("/station-api/claims");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(unsigned.headers().firstValue("Content-Type").orElse("")).contains("problem+json");
    }

    @Test
    void theAuditPagesAreForHqAndSupervisorsOnly() {
        var browserOfGovernor = http.get("/audit/log", u("gov-a"), PW);
        // Basic auth is not accepted by the browser door: the governor is sent to the login form
        assertThat(browserOfGovernor.statusCode()).isEqualTo(302);
    }

    @Test
    void meNamesTheCaller() {
        var r = http.get("/api/users/me", u("gov-a"), PW);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains(u("gov-a"), "GOVERNOR", A);
    }

    private static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"status\":" + status);
    }
}
