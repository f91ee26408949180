package org.entekhabat.candidacy.internal;

import org.entekhabat.candidacy.AgeReference;
import org.entekhabat.candidacy.EligibilityPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The eligibility policy with its configurable numbers (the window and constituencies are beans of their own). */
@Configuration(proxyBeanMethods = false)
class CandidacyConfig {

    @Bean
    EligibilityPolicy eligibilityPolicy(@Value("${entekhabat.candidacy.age-reference:REGISTRATION_DAY}") AgeReference reference,
                                        @Value("${entekhabat.candidacy.minimum-age:25}") int minimumAge) {
        var p = EligibilityPolicy.seventhPeriod().withAgeReference(reference);
        return new EligibilityPolicy(minimumAge, p.ageReference(), p.electionDay(), p.villageHouseholdsThreshold(),
                p.cityPopulationThreshold(), p.cityResignationWindow(), p.villageResignationWindow(), p.criminalRecordValidMonths());
    }
}
