package org.entekhabat.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock every time-limited rule asks. Iran time by default; {@code entekhabat.clock.fixed}
 * (an ISO instant) pins it, so tests and drills can run any day of the calendar;
 * {@code entekhabat.clock.adjustable} makes it an {@link AdjustableClock} for the demo.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Bean
    Clock clock(@Value("${entekhabat.clock.fixed:}") String fixed,
                @Value("${entekhabat.clock.adjustable:false}") boolean adjustable) {
        if (!fixed.isBlank()) return Clock.fixed(Instant.parse(fixed), IRAN);
        return adjustable ? new AdjustableClock(Clock.system(IRAN)) : Clock.system(IRAN);
    }
}
