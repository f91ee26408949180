package org.entekhabat.results.internal;

import org.entekhabat.results.SeatAllocator;
import org.entekhabat.results.TallySeatAllocator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The counting rules of the results: the tally module's ({@link TallySeatAllocator}). */
@Configuration(proxyBeanMethods = false)
class ResultsConfig {

    @Bean
    SeatAllocator seatAllocator() {
        return new TallySeatAllocator();
    }
}
