package org.entekhabat.results.internal;

import org.entekhabat.results.PluralitySeatAllocator;
import org.entekhabat.results.SeatAllocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The built-in counting rule; the tally module replaces it with a {@code @Primary SeatAllocator}. */
@Configuration(proxyBeanMethods = false)
class ResultsConfig {

    @Bean
    SeatAllocator pluralitySeatAllocator() {
        return new PluralitySeatAllocator();
    }
}
