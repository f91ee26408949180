package org.entekhabat.vetting.internal;

import java.time.Duration;
import org.entekhabat.vetting.InquiryAuthority;
import org.entekhabat.vetting.InquiryAuthoritySimulator;
import org.entekhabat.vetting.Quorum;
import org.entekhabat.vetting.ReminderRule;
import java.util.List;
import org.entekhabat.vetting.VettingRules;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Vetting's configurable numbers, and the inquiry SIMULATOR standing in for the five authorities until
 * real channels exist (replace the {@link InquiryAuthority} bean to connect them).
 */
@Configuration(proxyBeanMethods = false)
class VettingConfig {

    @Bean
    VettingRules vettingRules(@Value("${entekhabat.vetting.quorum.executive:6}") int executive,
                              @Value("${entekhabat.vetting.quorum.county:2}") int county,
                              @Value("${entekhabat.vetting.quorum.provincial:3}") int provincial,
                              @Value("${entekhabat.vetting.objection-period:P4D}") Duration objection) {
        return new VettingRules(new Quorum(executive), new Quorum(county), new Quorum(provincial), objection);
    }

    /** Reminder points in percent of the answer period (100 = the deadline) and the most per inquiry; UNSOURCED, DOMAIN §3. */
    @Bean
    ReminderRule reminderRule(@Value("${entekhabat.vetting.reminders.at:70,100}") List<Integer> at,
                              @Value("${entekhabat.vetting.reminders.max:2}") int max) {
        return new ReminderRule(at, max);
    }

    @Bean
    InquiryAuthority inquiryAuthority(@Value("${entekhabat.vetting.simulator.delay:PT1H}") Duration delay) {
        return new InquiryAuthoritySimulator(delay);
    }
}
