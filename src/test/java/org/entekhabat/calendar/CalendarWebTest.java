package org.entekhabat.calendar;

import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.audit.AuditFilter;
import org.entekhabat.audit.AuditLog;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The calendar on a pinned clock: 12:00 Tehran on 22 Dey 1404, city registration week. */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-01-12T08:30:00Z")
class CalendarWebTest {

    @LocalServerPort int port;
    @Autowired Schedule schedule;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired Users users;

    String get(String path) throws Exception {
        var response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return response.body();
    }

    @Test
    void thePageShowsThePersianTimelineWithTodaysStage() throws Exception {
        String html = get("/calendar");
        assertThat(html).contains("data-testid=\"current-stage\"").contains("class=\"current\"");
        assertThat(html).contains("ثبت‌نام داوطلبان شوراهای شهر").contains("۲۱ دی ۱۴۰۴").contains("E-۱۱۰..E-۱۰۴")
                .contains("۰۸:۰۰–۱۶:۰۰").contains("مستند").contains("بی‌منبع").contains("ستاد انتخابات کشور");
        String stage = html.substring(html.indexOf("data-testid=\"current-stage\""), html.indexOf("data-testid=\"next-milestone\""));
        assertThat(stage).contains("ثبت‌نام داوطلبان شوراهای شهر");
        assertThat(html.substring(html.indexOf("data-testid=\"next-milestone\""))).contains("بررسی صلاحیت داوطلبان شهر");
        assertThat(html).contains("data-key=\"city-registration\" data-current=\"true\" class=\"current\"");
    }

    @Test
    void theEnglishPageUsesLatinDigits() throws Exception {
        String html = get("/calendar?lang=en");
        assertThat(html).contains("City council candidate registration").contains("21 Dey 1404").contains("E-110..E-104")
                .contains("Unsourced");
    }

    @Test
    void theApiGivesIsoDatesAndJalaliStrings() throws Exception {
        JsonNode json = JsonMapper.builder().build().readTree(get("/api/public/schedule"));
        assertThat(json.get("election_day").asString()).isEqualTo("2026-05-01");
        assertThat(json.get("election_day_jalali").asString()).isEqualTo("1405/02/11");
        assertThat(json.get("current").toString()).contains("city-registration");
        assertThat(json.get("next").asString()).isEqualTo("city-vetting");
        JsonNode city = null;
        for (JsonNode m : json.get("milestones")) if (m.get("key").asString().equals("city-registration")) city = m;
        assertThat(city).isNotNull();
        assertThat(city.get("start").asString()).isEqualTo("2026-01-11");
        assertThat(city.get("start_jalali").asString()).isEqualTo("1404/10/21");
        assertThat(city.get("daily_hours").get("open").asString()).isEqualTo("08:00");
        assertThat(city.get("offset").asString()).isEqualTo("E-110..E-104");
        assertThat(city.get("status").asString()).isEqualTo("SOURCED");
        assertThat(get("/api/public/schedule/election-day")).contains("\"start_time\":\"08:00\"");
    }

    @Test
    void requireAsksTheInjectedClock() {
        schedule.require("city-registration");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> schedule.require("village-registration"))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void anExtensionIsStoredAndAuditedTogether() throws Exception {
        String by = "official-" + UUID.randomUUID();
        var before = schedule.window("complaint-review").closing().toLocalDateTime();
        var m = schedule.extend("complaint-review", before.plusHours(3), by, "many objections");
        assertThat(m.window().closing().toLocalDateTime()).isEqualTo(before.plusHours(3));
        assertThat(schedule.milestone("complaint-review").extension().by()).isEqualTo(by);
        assertThat(jdbc.sql("select count(*) from schedule_override where approved_by = :b").param("b", by).query(Long.class).single()).isEqualTo(1);
        var entries = audit.entries(new AuditFilter(by, "schedule.extended", "milestone:complaint-review"), 0, 10).entries();
        assertThat(entries).singleElement().satisfies(e -> assertThat(e.reason()).isEqualTo("many objections"));
        assertThat(audit.verify().intact()).isTrue();
        String hqName = "hq-" + UUID.randomUUID().toString().substring(0, 8);
        users.createBySystem(new NewUser(hqName, "ستاد", Role.NATIONAL_HQ, Jurisdiction.NATION, "hq-pass-140500"), "test");
        var hq = TestHttp.browser(port).login(hqName, "hq-pass-140500");
        assertThat(hq.get("/audit").body()).contains(by).contains("schedule.extended");
        assertThat(hq.get("/audit?lang=en&actor=" + by).body()).contains("many objections").contains("Audit log");
    }
}
