package org.entekhabat.identity.internal;

import java.util.Map;
import org.entekhabat.identity.JurisdictionHierarchy;
import org.entekhabat.identity.JurisdictionParents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LockoutProperties.class)
class IdentityConfig {

    /** Every module's hierarchy contribution, asked lazily so no bean cycle can form. */
    @Bean
    JurisdictionHierarchy jurisdictionHierarchy(ObjectProvider<JurisdictionParents> contributed) {
        return new JurisdictionHierarchy(() -> contributed.orderedStream().iterator());
    }

    /**
     * Argon2id (memory-hard) for every new hash; the {id} prefix keeps room to move on, and
     * BCrypt hashes (cost 12) are still read.
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        var encoders = Map.<String, PasswordEncoder>of(
                "argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
                "bcrypt", new BCryptPasswordEncoder(12));
        return new DelegatingPasswordEncoder("argon2", encoders);
    }
}
