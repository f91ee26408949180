package org.entekhabat.results.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Machine endpoints of the results module without CSRF tokens: the station report intake (its own
 * signature is checked; device-signed request authentication is added by the device module) and the
 * JSON APIs. Pages and forms stay on the application's main chain with CSRF.
 */
@Configuration(proxyBeanMethods = false)
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication // CLI jobs have no HttpSecurity
class ResultsSecurity {

    @Bean
    @Order(20)
    SecurityFilterChain resultsMachineEndpoints(HttpSecurity http) throws Exception {
        http.securityMatcher("/station-api/reports", "/api/public/results/**", "/api/results/**")
                .csrf(c -> c.disable())
                .authorizeHttpRequests(a -> a.anyRequest().permitAll());
        return http.build();
    }
}
