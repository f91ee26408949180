package org.entekhabat.vetting;

import java.time.Clock;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.platform.DomainException;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.vetting.internal.VettingStore;
import org.springframework.stereotype.Service;

/**
 * A candidate's own view of their case, opened with the tracking id and the national code together
 * (candidates have no account). A wrong code and an unknown id get the same answer, so neither can be probed.
 */
@Service
public class CandidateStatus {

    private final CandidateRegistrations registrations;
    private final VettingService vetting;
    private final VettingStore store;
    private final TehranListService lists;
    private final FinalLists finalLists;
    private final Clock clock;

    CandidateStatus(CandidateRegistrations registrations, VettingService vetting, VettingStore store, TehranListService lists,
                    FinalLists finalLists, Clock clock) {
        this.registrations = registrations;
        this.vetting = vetting;
        this.store = store;
        this.lists = lists;
        this.finalLists = finalLists;
        this.clock = clock;
    }

    public CandidateTimeline timeline(String trackingId, String nationalCode) {
        String code = nationalCode == null ? "" : PersianNumbers.latin(nationalCode).replaceAll("[\\s-]", "");
        var a = registrations.byTrackingId(trackingId).filter(x -> x.nationalCode().equals(code))
                .orElseThrow(() -> DomainException.notFound("candidate-status.not-found",
                        "درخواستی با این شناسهٔ رهگیری و کد ملی یافت نشد.", "No application with this tracking id and national code."));
        var c = vetting.find(a.trackingId()).orElse(null);
        if (c == null) {
            return new CandidateTimeline(a, null, a.imported(), java.util.List.of(), null, java.util.List.of(), null, null, null, null,
                    null, null, false);
        }
        var now = clock.instant();
        var inquiries = vetting.inquiries(a.trackingId()).stream()
                .map(i -> new CandidateTimeline.InquiryLine(i.authority(), i.status(now), i.sentAt(), i.deadline())).toList();
        var facts = store.facts(a.trackingId());
        String where = a.constituency().id();
        Integer ballotCode = vetting.candidateCodes(where).map(r -> r.codes().get(a.trackingId())).orElse(null);
        var list = lists.listOf(where, a.trackingId()).orElse(null);
        Verdict fin = c.state() instanceof VettingState.Final f ? f.verdict() : null;
        return new CandidateTimeline(a, c.stage(), vetting.subject(a.trackingId()).map(VettingSubject::imported).orElse(false),
                inquiries, inquiries.isEmpty() ? null : inquiries.getFirst().deadline(), c.decisions(),
                facts.initialVerdict() == null ? null
                        : new CandidateTimeline.Initial(facts.initialVerdict(), facts.initialPublishedAt(), facts.objectionDeadline()),
                facts.objectionFiledAt() == null ? null : new CandidateTimeline.Objection(facts.objectionFiledAt(), facts.objectionText()),
                fin, ballotCode, list == null ? null : list.title(), list == null ? null : list.code(), finalLists.published(where));
    }
}
