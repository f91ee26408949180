package org.entekhabat.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** On a demo server the national HQ moves the calendar to city registration; the schedule follows. */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.adjustable=true")
class DemoClockTest {

    @LocalServerPort int port;
    @Autowired Users users;
    @Autowired Schedule schedule;
    @Autowired Clock clock;

    @Test
    void aNewcomerFindsSamplePeopleOfTheRegistrySimulator() {
        var page = TestHttp.browser(port).get("/demo/people");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body().split("data-testid=\"demo-person\"", -1)).hasSizeGreaterThan(10);
    }

    @Test
    void theHqMovesTheDemoClockToCityRegistration() {
        users.createBySystem(new NewUser("clock-hq", "ستاد", Role.NATIONAL_HQ, Jurisdiction.NATION, "clock-pass-1405"), "test");
        users.createBySystem(new NewUser("clock-gov", "فرماندار", Role.GOVERNOR, Jurisdiction.county("1000001"), "clock-pass-1405"), "test");

        var governor = TestHttp.browser(port).login("clock-gov", "clock-pass-1405");
        var refused = governor.postForm("/demo/clock", java.util.Map.of("stop", "city-registration",
                "_csrf", TestHttp.csrf(governor.get("/demo/clock").body())));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(schedule.isOpen("city-registration")).isFalse();

        var hq = TestHttp.browser(port).login("clock-hq", "clock-pass-1405");
        var page = hq.get("/demo/clock").body();
        assertThat(page).contains("data-testid=\"go-city-registration\"");
        var moved = hq.postForm("/demo/clock", java.util.Map.of("stop", "city-registration", "_csrf", TestHttp.csrf(page)));
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(LocalDate.now(clock)).isEqualTo(schedule.window("city-registration").start());
        assertThat(schedule.isOpen("city-registration")).isTrue();

        hq.postForm("/demo/clock", java.util.Map.of("stop", "today", "_csrf", TestHttp.csrf(hq.get("/demo/clock").body())));
        assertThat(schedule.isOpen("city-registration")).isFalse();
    }
}
