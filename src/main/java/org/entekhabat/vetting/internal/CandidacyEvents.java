package org.entekhabat.vetting.internal;

import java.time.Duration;
import org.entekhabat.candidacy.ApplicationSubmitted;
import org.entekhabat.candidacy.ApplicationWithdrawn;
import org.entekhabat.vetting.VettingService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Vetting follows candidacy (vetting depends on candidacy, never the reverse): a submitted application
 * opens its case and sends the five inquiries inside the submitting transaction, so a registration is
 * never stored without its case; an import arrives final and approved; a withdrawal stops the candidate
 * standing. The inquiry period is configurable (OLD: answers within 10 days, DOMAIN §3).
 */
@Component
class CandidacyEvents {

    private final VettingService vetting;
    private final Duration inquiryPeriod;

    CandidacyEvents(VettingService vetting, @Value("${entekhabat.vetting.inquiry-period:P10D}") Duration inquiryPeriod) {
        this.vetting = vetting;
        this.inquiryPeriod = inquiryPeriod;
    }

    @EventListener
    void submitted(ApplicationSubmitted e) {
        if (e.imported()) {
            vetting.importApproved(e.trackingId(), e.nationalCode(), e.constituencyId(), "import");
        } else {
            vetting.open(e.trackingId(), e.nationalCode(), e.constituencyId(), inquiryPeriod, "system:registration");
        }
    }

    @EventListener
    void withdrawn(ApplicationWithdrawn e) {
        vetting.markWithdrawn(e.trackingId());
    }
}
