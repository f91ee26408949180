package org.entekhabat.stations.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Endpoints a station node calls without a browser session (no CSRF token): the ping and the
 * link-test / device self-test reports. They will be authenticated by the station's device
 * signature (polling module) once that exists; the identity module may take this chain over.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // jobs (import, ...) run without a web server
class MachineEndpointsSecurity {

    @Bean
    @Order(50)
    SecurityFilterChain stationNodeEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/public/ping", "/api/stations/*/link-tests", "/api/stations/*/device-tests")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable());
        return http.build();
    }
}
