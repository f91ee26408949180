package org.entekhabat.candidacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The context of the whole-path tests: a clock the test moves (registration day, the vetting weeks, list
 * registration, final lists). Shared by {@link CandidacyWholePathTest} and {@link CandidateRegistrationBrowserTest}
 * so both run on one context; each test sets the time it needs.
 */
@TestConfiguration
public class WholePathContext {

    /** Moved by the tests; Iran time. */
    public static final class MovableClock extends Clock {
        private volatile Instant now = Instant.parse("2026-01-12T06:00:00Z");

        public void set(Instant instant) { now = instant; }
        public void set(String iso) { now = Instant.parse(iso); }
        @Override public ZoneId getZone() { return ZoneId.of("Asia/Tehran"); }
        @Override public Clock withZone(ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock();
    }
}
