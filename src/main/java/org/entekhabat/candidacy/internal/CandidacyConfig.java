package org.entekhabat.candidacy.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import org.entekhabat.candidacy.AgeReference;
import org.entekhabat.candidacy.EligibilityPolicy;
import org.entekhabat.candidacy.RegistrationWindow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Beans of the candidacy module with stand-ins the lead replaces when wiring: the registration window
 * from configuration (defaults: DOMAIN §2's 7th-period dates) until the schedule backs it.
 */
@Configuration(proxyBeanMethods = false)
class CandidacyConfig {

    @Bean
    EligibilityPolicy eligibilityPolicy(@Value("${entekhabat.candidacy.age-reference:REGISTRATION_DAY}") AgeReference reference,
                                        @Value("${entekhabat.candidacy.minimum-age:25}") int minimumAge) {
        var p = EligibilityPolicy.seventhPeriod().withAgeReference(reference);
        return new EligibilityPolicy(minimumAge, p.ageReference(), p.electionDay(), p.villageHouseholdsThreshold(),
                p.cityPopulationThreshold(), p.cityResignationWindow(), p.villageResignationWindow(), p.criminalRecordValidMonths());
    }

    @Bean
    RegistrationWindow registrationWindow(
            @Value("${entekhabat.candidacy.registration.city.first:2026-01-11}") LocalDate cityFirst,
            @Value("${entekhabat.candidacy.registration.city.last:2026-01-17}") LocalDate cityLast,
            @Value("${entekhabat.candidacy.registration.village.first:2026-02-13}") LocalDate villageFirst,
            @Value("${entekhabat.candidacy.registration.village.last:2026-02-19}") LocalDate villageLast,
            @Value("${entekhabat.candidacy.registration.opens:08:00}") LocalTime opens,
            @Value("${entekhabat.candidacy.registration.closes:16:00}") LocalTime closes) {
        return new ConfiguredRegistrationWindow(cityFirst, cityLast, villageFirst, villageLast, opens, closes);
    }
}
