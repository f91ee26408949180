package org.entekhabat.polling.node;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.PollingStation;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.VoterEligibility;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The station node's Spring context: a web server for the terminals and nothing else. No
 * PostgreSQL, no Flyway, no JDBC: the node's state is its directory (journal, box, register).
 * It scans only this package; the central server never creates these beans ({@link ConditionalOnNode}).
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceInitializationAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JndiDataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.XADataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
})
@ComponentScan(basePackageClasses = NodeApplication.class)
@ConditionalOnNode
public class NodeApplication {

    static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    @Bean
    Clock clock(@Value("${entekhabat.clock.fixed:}") String fixed) {
        return fixed.isBlank() ? Clock.system(IRAN) : Clock.fixed(Instant.parse(fixed), IRAN);
    }

    @Bean(destroyMethod = "close")
    StationNode stationNode(Environment env, Clock clock) {
        var dir = new NodeDirectory(Path.of(env.getRequiredProperty("entekhabat.node.dir")));
        var settings = dir.settings();
        String central = env.getProperty("entekhabat.node.central", settings.centralUrl());
        var authKeys = DeviceKeys.load(dir.authKeys());
        var voteKeys = DeviceKeys.load(dir.voteKeys());
        var link = new CentralLink(central, authKeys, voteKeys, clock);
        if (!dir.hasPackage()) dir.savePackage(link.fetchPackage(settings.stationCode()));
        StationPackage pkg = StationPackageJson.read(dir.packageFile());
        if (!pkg.stationCode().equals(settings.stationCode())) {
            throw new IllegalStateException("package.json is for station " + pkg.stationCode() + ", this node is " + settings.stationCode());
        }
        int expected = env.getProperty("entekhabat.node.expected-voters", Integer.class, 2000);
        var station = PollingStation.open(dir.stationDir(), voteKeys, clock, expected);
        return new StationNode(dir, pkg, voteKeys, station, link, clock, rules(env));
    }

    static StationNode.Rules rules(Environment env) {
        var eligibility = new VoterEligibility(
                env.getProperty("entekhabat.node.minimum-age", Integer.class, 18),
                VoterEligibility.ResidenceRule.valueOf(env.getProperty("entekhabat.node.residence-rule", "NONE")),
                VoterEligibility.ByElectionRule.valueOf(env.getProperty("entekhabat.node.by-election-rule", "ANY")),
                Arrays.stream(env.getProperty("entekhabat.node.by-election-kinds", "MAJLIS_BY_ELECTION").split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).map(StationPackage.ContestKind::valueOf).collect(Collectors.toSet()));
        Set<String> mismatches = Arrays.stream(env.getProperty("entekhabat.node.fingerprint-mismatches", "").split(","))
                .map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        return new StationNode.Rules(eligibility, new CivilRegistrySimulator(), FingerprintReader.simulator(mismatches),
                new SimulatedPastParticipation(), env.getProperty("entekhabat.node.minimum-open-hours", Double.class, 10.0));
    }

    @Bean(destroyMethod = "close")
    ReportSender reportSender(StationNode node) {
        return new ReportSender(node);
    }

    /** The node's pages are local; staff sign in with their PIN (see {@link StaffGuard}); CSRF on every form. */
    @Bean
    SecurityFilterChain nodeSecurity(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .headers(h -> h.frameOptions(f -> f.deny()));
        return http.build();
    }

    /** Errors outside the controllers (404, 405 …) get the node's own page, not central's. */
    @Bean
    org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver nodeErrorView() {
        return (request, status, model) -> {
            var page = new org.springframework.web.servlet.ModelAndView("station/error");
            page.addObject("message", "درخواست انجام نشد (" + status.value() + ")؛ هیچ تغییری ذخیره نشد.");
            page.addObject("code", "http-" + status.value());
            return page;
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("entekhabat-lang");
        resolver.setDefaultLocale(Locale.forLanguageTag("fa-IR"));
        return resolver;
    }

    @Bean
    WebMvcConfigurer nodeWeb(StaffGuard guard) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                var change = new LocaleChangeInterceptor();
                change.setParamName("lang");
                registry.addInterceptor(change);
                registry.addInterceptor(guard).addPathPatterns("/staff/**", "/auth/**", "/auth").excludePathPatterns("/staff/login");
            }
        };
    }
}
