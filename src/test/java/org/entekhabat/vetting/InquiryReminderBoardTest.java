package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Reminders and the county board on a fixed clock. Time "passes" by moving the inquiry's sent time and
 * deadline back, so the fixed now falls at 70% of the period and then at the deadline.
 */
@DatabaseTest
@TestPropertySource(properties = {"entekhabat.clock.fixed=2026-01-28T06:00:00Z", "entekhabat.vetting.simulator.delay=PT0S"})
class InquiryReminderBoardTest {

    static final Instant NOW = Instant.parse("2026-01-28T06:00:00Z");
    static final Random RANDOM = new Random();
    static final String PW = "reminder-pass-1405";

    @Autowired InquiryReminders reminders;
    @Autowired VettingService vetting;
    @Autowired InquiryAuthority authorities;
    @Autowired CandidateRegistrations registrations;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired Users users;
    @Autowired JdbcClient jdbc;
    @LocalServerPort int port;

    /** A national code for which exactly one simulated authority never answers; that authority. */
    static String[] oneSilent() {
        while (true) {
            String c = CivilRegistrySimulator.codeFor(RANDOM.nextLong()).value();
            var silent = Arrays.stream(Authority.values())
                    .filter(a -> InquiryAuthoritySimulator.behaviour(c, a) == InquiryAuthoritySimulator.Behaviour.SILENT).toList();
            if (silent.size() == 1) return new String[] {c, silent.getFirst().name()};
        }
    }

    void shift(String candidate, Duration elapsed, Duration period) {
        jdbc.sql("update vetting_inquiry set sent_at = :s, deadline = :d where candidate = :c")
                .param("s", Timestamp.from(NOW.minus(elapsed))).param("d", Timestamp.from(NOW.minus(elapsed).plus(period)))
                .param("c", candidate).update();
    }

    long reminderRows(String candidate, Authority a) {
        return jdbc.sql("select count(*) from inquiry_reminder where candidate = :c and authority = :a")
                .param("c", candidate).param("a", a.name()).query(Long.class).single();
    }

    @Test
    void silentAuthorityIsRemindedAtSeventyPercentAndAtTheDeadlineOnceEachAndShownAsNoAnswer() {
        imports.importDivisions(true);
        elections.loadDemoIfAbsent();
        var counties = registrations.counties().stream()
                .filter(c -> !registrations.constituenciesInCounty(c.id()).isEmpty()).toList();
        var county = counties.get(RANDOM.nextInt(counties.size()));
        var other = counties.stream().filter(c -> c.provinceId() != county.provinceId()).findFirst().orElseThrow();
        String constituency = registrations.constituenciesInCounty(county.id()).getFirst().id();
        String countyCode = Long.toString(county.id());

        String[] code = oneSilent();
        Authority silent = Authority.valueOf(code[1]);
        String candidate = "T-" + UUID.randomUUID();
        Duration period = Duration.ofDays(10);
        vetting.open(candidate, code[0], constituency, period, "test");

        shift(candidate, Duration.ofDays(7).minusSeconds(1), period); // a second before 70%
        assertThat(reminders.sendReminders(countyCode, "test")).noneMatch(s -> s.candidate().equals(candidate));
        assertThat(vetting.inquiries(candidate)).filteredOn(i -> i.authority() != silent).allMatch(i -> i.answer() != null);

        shift(candidate, Duration.ofDays(7), period); // 70%
        assertThat(reminders.sendReminders(countyCode, "test")).filteredOn(s -> s.candidate().equals(candidate))
                .containsExactly(new InquiryReminders.Sent(candidate, silent, "SHARE_70"));
        assertThat(reminders.sendReminders("test")).noneMatch(s -> s.candidate().equals(candidate));
        assertThat(reminderRows(candidate, silent)).isEqualTo(1);

        shift(candidate, period, period); // the deadline
        assertThat(reminders.sendReminders("test")).filteredOn(s -> s.candidate().equals(candidate))
                .containsExactly(new InquiryReminders.Sent(candidate, silent, "DEADLINE"));
        assertThat(reminders.sendReminders(countyCode, "test")).noneMatch(s -> s.candidate().equals(candidate));
        assertThat(reminderRows(candidate, silent)).isEqualTo(2);
        var sim = (InquiryAuthoritySimulator) authorities;
        assertThat(sim.reminders()).filteredOn(r -> r.candidate().equals(candidate))
                .extracting(InquiryAuthoritySimulator.Reminder::kind).containsExactly("SHARE_70", "DEADLINE");

        var board = reminders.board(countyCode);
        assertThat(board.problems()).filteredOn(p -> p.candidate().equals(candidate))
                .singleElement().satisfies(p -> {
                    assertThat(p.authority()).isEqualTo(silent);
                    assertThat(p.status()).isEqualTo(InquiryStatus.NO_ANSWER);
                    assertThat(p.reminders()).isEqualTo(2);
                });
        var row = board.rows().stream().filter(r -> r.authority() == silent).findFirst().orElseThrow();
        assertThat(row.noAnswer()).isGreaterThanOrEqualTo(1);
        assertThat(row.reminders()).isGreaterThanOrEqualTo(2);

        String suffix = UUID.randomUUID().toString().substring(0, 8);
        users.createBySystem(new NewUser("gov-" + suffix, "gov", Role.GOVERNOR, Jurisdiction.county(countyCode), PW), "test");
        users.createBySystem(new NewUser("gov2-" + suffix, "gov2", Role.GOVERNOR, Jurisdiction.county(Long.toString(other.id())), PW), "test");
        users.createBySystem(new NewUser("staff-" + suffix, "staff", Role.STATION_STAFF, Jurisdiction.county(countyCode), PW), "test");
        var api = TestHttp.api(port);
        String path = "/api/vetting/inquiries?county=" + countyCode;

        var ok = api.get(path, "gov-" + suffix, PW);
        assertThat(ok.statusCode()).isEqualTo(200);
        String mine = ok.body().substring(ok.body().indexOf("{\"candidate\":\"" + candidate + "\""));
        assertThat(mine).startsWith("{\"candidate\":\"" + candidate + "\",\"constituency\":\"" + constituency
                + "\",\"authority\":\"" + silent.name() + "\",\"status\":\"NO_ANSWER\"");
        assertThat(api.get(path, "gov2-" + suffix, PW).statusCode()).isEqualTo(403);
        assertThat(api.get(path, "staff-" + suffix, PW).statusCode()).isEqualTo(403);
        assertThat(api.get(path).statusCode()).isEqualTo(401);

        var browser = TestHttp.browser(port).login("gov-" + suffix, PW);
        String html = browser.get("/vetting/inquiries?county=" + countyCode).body();
        String line = html.substring(html.indexOf("data-candidate=\"" + candidate + "\""));
        line = line.substring(0, line.indexOf("</tr>"));
        assertThat(line).contains("data-status=\"NO_ANSWER\"").contains(InquiryStatus.NO_ANSWER.fa())
                .doesNotContain(InquiryStatus.CLEAR.fa());
        assertThat(TestHttp.browser(port).login("gov2-" + suffix, PW).get("/vetting/inquiries?county=" + countyCode).statusCode())
                .isEqualTo(403);

        // the board's button: nothing new is due, so nothing is sent again
        var form = browser.postForm("/vetting/inquiries/remind",
                java.util.Map.of("county", countyCode, "_csrf", TestHttp.csrf(html.substring(html.indexOf("data-testid=\"remind-form\"") - 200))));
        assertThat(form.statusCode()).isEqualTo(302);
        assertThat(reminderRows(candidate, silent)).isEqualTo(2);
    }
}
