package org.entekhabat.vetting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.vetting.internal.ReminderStore;
import org.entekhabat.vetting.internal.VettingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds the five authorities of inquiries still unanswered (DOMAIN §3), by the configured
 * {@link ReminderRule}, and builds each county's {@link InquiryBoard}. Runs on a schedule and from the
 * board's button. A reminder is recorded before it is sent, under a key that admits it once, so running
 * twice (or on two servers) never sends the same reminder twice.
 */
@Service
public class InquiryReminders {

    /** A reminder that went out. */
    public record Sent(String candidate, Authority authority, String kind) {}

    private final ReminderStore reminders;
    private final VettingStore cases;
    private final InquiryAuthority authorities;
    private final ReminderRule rule;
    private final CandidateRegistrations registrations;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    InquiryReminders(ReminderStore reminders, VettingStore cases, InquiryAuthority authorities, ReminderRule rule,
                     CandidateRegistrations registrations, Clock clock, ApplicationEventPublisher events) {
        this.reminders = reminders;
        this.cases = cases;
        this.authorities = authorities;
        this.rule = rule;
        this.registrations = registrations;
        this.clock = clock;
        this.events = events;
    }

    public ReminderRule rule() {
        return rule;
    }

    /** Sends every reminder due now, in the whole country. */
    @Transactional
    public List<Sent> sendReminders(String actor) {
        return send(reminders.unanswered(), actor);
    }

    /** Sends the reminders due now for the cases of one county (the board's button). */
    @Transactional
    public List<Sent> sendReminders(String countyCode, String actor) {
        Set<String> here = constituencies(countyCode).keySet();
        return send(reminders.unanswered().stream().filter(r -> here.contains(r.constituencyId())).toList(), actor);
    }

    /** The county's board at this moment. */
    public InquiryBoard board(String countyCode) {
        var entries = reminders.inConstituencies(constituencies(countyCode).keySet()).stream()
                .map(r -> new InquiryBoard.Entry(r.inquiry(), r.constituencyId(), r.sentKinds().size())).toList();
        return InquiryBoard.of(countyCode, clock.instant(), entries);
    }

    /** The county's constituencies, id to name (a constituency spanning counties belongs to its first). */
    public Map<String, String> constituencies(String countyCode) {
        return registrations.constituenciesInCounty(Long.parseLong(countyCode)).stream()
                .collect(Collectors.toMap(Constituency::id, Constituency::name, (a, b) -> a, java.util.TreeMap::new));
    }

    private List<Sent> send(List<ReminderStore.Row> rows, String actor) {
        Instant now = clock.instant();
        var sent = new ArrayList<Sent>();
        for (ReminderStore.Row r : rows) {
            Inquiry i = r.inquiry();
            var answer = authorities.answer(i, now); // an answer that has just arrived needs no reminder
            if (answer.isPresent()) {
                cases.recordAnswer(i, answer.get());
                continue;
            }
            var kind = rule.due(i, now, r.sentKinds());
            if (kind.isEmpty() || !reminders.record(i, kind.get(), now, actor)) continue;
            authorities.remind(i, kind.get(), now);
            sent.add(new Sent(i.candidate(), i.authority(), kind.get()));
            events.publishEvent(new AuditEvent(actor, "vetting.inquiry-reminded", "candidate:" + i.candidate(), "",
                    Map.of("authority", i.authority().name(), "kind", kind.get(), "deadline", i.deadline().toString())));
        }
        return sent;
    }
}
