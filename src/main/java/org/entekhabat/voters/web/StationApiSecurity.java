package org.entekhabat.voters.web;

import org.entekhabat.voters.internal.SignedRequestVerifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /station-api/**} is machine-to-machine: no session, no CSRF token, no login. Spring
 * Security lets it through; the device signature ({@link SignedRequestFilter}) is the authentication.
 * Ordered before the web UI's chain, which matches every other path.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // CLI jobs have no HttpSecurity
class StationApiSecurity {

    @Bean
    @Order(0) // before identity's /api and catch-all chains
    SecurityFilterChain stationApi(HttpSecurity http, SignedRequestVerifier verifier, JsonMapper json,
                                  PlatformTransactionManager transactions) throws Exception {
        http.securityMatcher("/station-api/**")
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .addFilterBefore(new SignedRequestFilter(verifier, json, transactions), AuthorizationFilter.class);
        return http.build();
    }
}
