package org.entekhabat.identity.web;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.internal.AccountAuthenticationProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;

/**
 * Two doors. {@code /api/**}: stateless HTTP Basic, no session and no cookies, so no CSRF either;
 * refusals as problem details. Everything else: the browser, with form login, a session, CSRF on
 * every form and a Persian page for refusals. Public pages are listed here; everything else needs
 * a signed-in user, and the finer rule (role and jurisdiction) is applied by {@code Access}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SecurityConfig {

    /** Open to the public without signing in. */
    static final String[] PUBLIC_PAGES = {
            "/", "/geo/**", "/calendar/**", "/results/**", "/css/**", "/fonts/**", "/js/**", "/images/**",
            "/v3/api-docs/**", "/login", "/error", "/favicon.ico", "/access-denied",
            "/station-api/**",       // station devices authenticate by signature (station module)
            "/candidate/register/**", // candidates register before they have an account (candidacy module)
            "/training/certificates/**", "/training/verify", // anyone verifies a certificate (training module)
            "/candidate/status/**",   // ... and follow it by tracking id + national code (vetting module)
            "/candidates/**",         // published final candidate lists (vetting module)
            "/demo/people"            // demo servers only: the civil-registry simulator's sample people
    };

    /**
     * API paths open without an account: candidates have none when they register, so a draft is reached by
     * its random id and an application by its tracking id, each only with the owner's national code (checked
     * by the controllers). Registration statistics are not here: they need a signed-in HQ or governor.
     */
    static final String[] PUBLIC_API = {
            "/api/public/**",
            "/api/candidacy/constituencies", "/api/candidacy/findings", "/api/candidacy/drafts/**",
            "/api/candidacy/registrations", "/api/candidacy/applications/**",
            "/api/candidate/**",      // a candidate's own vetting timeline (tracking id + national code)
            "/api/vetting/grounds"    // the catalogue of legal grounds: the law, public
    };

    /** Under the public /results/**, the boards' desk and the candidates' objection form need a signed-in user. */
    static final String[] SIGNED_IN_RESULTS_PAGES = {"/results/board", "/results/board/**", "/results/contest/*/objection"};

    static final String[] AUDITORS = {Role.NATIONAL_HQ.name(), Role.PROVINCIAL_HQ.name(), Role.SUPERVISOR.name()};

    @Bean
    AuthenticationManager authenticationManager(AccountAuthenticationProvider provider) {
        return new ProviderManager(provider);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationManager manager) throws Exception {
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(PUBLIC_API).permitAll()
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint(ProblemResponses.unauthorized()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // no cookie is honoured here, so there is nothing to forge
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(ProblemResponses.unauthorized())
                        .accessDeniedHandler(ProblemResponses.forbidden()));
        return http.build();
    }

    @Bean
    @Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE) // the catch-all chain comes last
    SecurityFilterChain web(HttpSecurity http, AuthenticationManager manager) throws Exception {
        var failure = new ExceptionMappingAuthenticationFailureHandler();
        failure.setDefaultFailureUrl("/login?error");
        failure.setExceptionMappings(Map.of(LockedException.class.getName(), "/login?locked"));
        var denied = new AccessDeniedHandlerImpl();
        denied.setErrorPage("/access-denied");
        http.authenticationManager(manager)
                .authorizeHttpRequests(a -> a
                        .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
                        .requestMatchers(SIGNED_IN_RESULTS_PAGES).authenticated()
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/audit/**").hasAnyRole(AUDITORS)
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").failureHandler(failure).defaultSuccessUrl("/", false).permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
                .csrf(c -> c.ignoringRequestMatchers("/station-api/**"))
                .exceptionHandling(e -> e.accessDeniedHandler(denied));
        return http.build();
    }
}
