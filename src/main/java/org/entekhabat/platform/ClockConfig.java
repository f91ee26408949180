package org.entekhabat.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every time-limited rule asks. Iran time by default; {@code entekhabat.clock.fixed}
 * (an ISO instant) pins it, so tests and drills can run any day of the calendar.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Bean
    Clock clock(@Value("${entekhabat.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? Clock.system(IRAN) : Clock.fixed(Instant.parse(fixed), IRAN);
    }
}
