package org.entekhabat.vetting.internal;

import org.entekhabat.vetting.InquiryReminders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends the due inquiry reminders every {@code entekhabat.vetting.reminders.interval} (default five
 * minutes; the first run waits one interval). Off with {@code entekhabat.vetting.reminders.scheduled=false}.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "entekhabat.vetting.reminders.scheduled", havingValue = "true", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final InquiryReminders reminders;

    ReminderSchedule(InquiryReminders reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${entekhabat.vetting.reminders.interval:PT5M}",
            initialDelayString = "${entekhabat.vetting.reminders.interval:PT5M}")
    void run() {
        try {
            int n = reminders.sendReminders("system:inquiry-reminders").size();
            if (n > 0) log.info("sent {} inquiry reminder(s)", n);
        } catch (RuntimeException e) {
            log.warn("inquiry reminders failed; the next run tries again", e); // a failed run sent nothing (one transaction)
        }
    }
}
