package org.entekhabat.vetting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.internal.CodeDrawStore;
import org.entekhabat.vetting.internal.VettingStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs candidates' vetting cases: sends the five inquiries, collects answers, records each board's
 * decision with its grounds and named votes, publishes the result, takes objections, finalises, and
 * draws ballot codes. Every step is one transaction and publishes an {@link AuditEvent}.
 */
@Service
public class VettingService {

    private final VettingStore store;
    private final CodeDrawStore draws;
    private final org.entekhabat.vetting.internal.ListStore lists;
    private final InquiryAuthority authorities;
    private final VettingRules rules;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    VettingService(VettingStore store, CodeDrawStore draws, org.entekhabat.vetting.internal.ListStore lists,
                   InquiryAuthority authorities, VettingRules rules, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.draws = draws;
        this.lists = lists;
        this.authorities = authorities;
        this.rules = rules;
        this.clock = clock;
        this.events = events;
    }

    /** Opens a case for a submitted candidate and sends the five inquiries, due in {@code answerPeriod}. */
    @Transactional
    public VettingCase open(String candidate, String nationalCode, String constituencyId, Duration answerPeriod, String actor) {
        Instant now = clock.instant();
        if (store.find(candidate).isPresent()) {
            throw DomainException.conflict("vetting.case-exists", "پروندهٔ بررسی صلاحیت این داوطلب پیش‌تر باز شده است.",
                    "A vetting case for this candidate already exists.");
        }
        store.create(new VettingStore.Subject(candidate, nationalCode, constituencyId), now);
        var registered = VettingCase.register(candidate);
        var pending = registered.sendInquiries(now, now.plus(answerPeriod));
        store.save(registered, pending, now);
        store.insertInquiries(Arrays.stream(Authority.values())
                .map(a -> new Inquiry(candidate, nationalCode, a, now, now.plus(answerPeriod), null)).toList());
        audit(actor, "vetting.inquiries-sent", candidate, "", Map.of("deadline", now.plus(answerPeriod).toString()));
        return pending;
    }

    /**
     * Records an imported candidate as finally approved (no inquiries, no decisions), marked imported in
     * the case and in the audit. Idempotent: an existing case is returned unchanged.
     */
    @Transactional
    public VettingCase importApproved(String candidate, String nationalCode, String constituencyId, String actor) {
        var existing = store.find(candidate);
        if (existing.isPresent()) return existing.get();
        Instant now = clock.instant();
        store.create(new VettingStore.Subject(candidate, nationalCode, constituencyId), now);
        var c = VettingCase.imported(candidate);
        store.save(VettingCase.register(candidate), c, now);
        store.markImported(candidate);
        audit(actor, "vetting.imported", candidate, "imported as approved (drill/demo data)",
                Map.of("constituency", constituencyId, "origin", "IMPORT"));
        return c;
    }

    public Optional<VettingSubject> subject(String candidate) {
        return store.subjectOf(candidate);
    }

    /** The candidate withdrew (candidacy's event): the case stays, for the record, but the candidate stops standing. */
    @Transactional
    public void markWithdrawn(String candidate) {
        store.markWithdrawn(candidate);
        lists.removeMember(candidate);
    }

    /** Every case of a constituency with its stage, for boards and the final list. */
    public List<VettingCase> cases(String constituencyId) {
        return store.casesOf(constituencyId).stream().map(c -> store.find(c).orElseThrow()).toList();
    }

    /** Asks the authorities for answers not yet received and stores what has arrived. */
    @Transactional
    public List<Inquiry> refreshInquiries(String candidate) {
        Instant now = clock.instant();
        for (Inquiry i : store.inquiries(candidate)) {
            if (i.answer() == null) authorities.answer(i, now).ifPresent(a -> store.recordAnswer(i, a));
        }
        return store.inquiries(candidate);
    }

    public List<Inquiry> inquiries(String candidate) {
        return store.inquiries(candidate);
    }

    /** Who the case is about and its constituency (boards act on the county the constituency lies in). */
    public Optional<CaseSubject> caseSubject(String candidate) {
        return store.subject(candidate).flatMap(s -> store.find(candidate)
                .map(c -> new CaseSubject(s.candidate(), s.nationalCode(), s.constituencyId(), c.stage())));
    }

    /** The cases of these constituencies (a board's desk). */
    public List<CaseSubject> casesIn(java.util.Collection<String> constituencyIds) {
        return store.subjectsIn(constituencyIds);
    }

    public Optional<VettingCase> find(String candidate) {
        return store.find(candidate);
    }

    @Transactional
    public VettingCase executiveDecision(String candidate, Decision request) {
        var d = stamped(request);
        var inquiries = refreshInquiries(candidate);
        boolean all = Inquiry.allAnsweredInTime(inquiries, d.decidedAt());
        return step(candidate, c -> c.executiveDecision(d, all, rules), d, "vetting.executive-decided");
    }

    @Transactional
    public VettingCase countyReview(String candidate, Decision request) {
        var d = stamped(request);
        return step(candidate, c -> c.countyReview(d, rules), d, "vetting.county-reviewed");
    }

    @Transactional
    public VettingCase publishInitialResult(String candidate, String actor) {
        return step(candidate, c -> c.publishInitialResult(clock.instant(), rules), null, actor, "vetting.initial-result");
    }

    @Transactional
    public VettingCase object(String candidate, String text) {
        return step(candidate, c -> c.object(text, clock.instant()), null, "candidate:" + candidate, "vetting.objection-filed");
    }

    @Transactional
    public VettingCase provincialDecision(String candidate, Decision request) {
        var d = stamped(request);
        return step(candidate, c -> c.provincialDecision(d, rules), d, "vetting.provincial-decided");
    }

    @Transactional
    public VettingCase finalise(String candidate, String actor) {
        return step(candidate, c -> c.finalise(clock.instant()), null, actor, "vetting.final");
    }

    /** Draws the ballot codes of every finally approved candidate once every case of the constituency is final. */
    @Transactional
    public CodeDraw.Result drawCandidateCodes(String constituencyId, String seed, int firstCode, String actor) {
        if (store.notFinal(constituencyId) > 0) {
            throw DomainException.conflict("vetting.draw-too-early", "هنوز همهٔ پرونده‌های این حوزه قطعی نشده‌اند.",
                    "Not every case of this constituency is final yet.");
        }
        if (draws.find(constituencyId, "CANDIDATE").isPresent()) {
            throw DomainException.conflict("vetting.draw-done", "قرعه‌کشی کد نامزدهای این حوزه پیش‌تر انجام شده است.",
                    "The candidate codes of this constituency have already been drawn.");
        }
        var result = CodeDraw.draw(constituencyId, standing(constituencyId), seed, firstCode);
        draws.save("CANDIDATE", result, actor, clock.instant());
        audit(actor, "vetting.codes-drawn", "constituency:" + constituencyId, "",
                Map.of("seed", seed, "firstCode", firstCode, "codes", result.codes().toString()));
        return result;
    }

    /** Finally approved candidates who have not withdrawn: they get codes and may join lists. */
    public List<String> standing(String constituencyId) {
        return store.finallyApprovedStanding(constituencyId);
    }

    public Optional<CodeDraw.Result> candidateCodes(String constituencyId) {
        return draws.find(constituencyId, "CANDIDATE");
    }

    public VettingRules rules() {
        return rules;
    }

    /** Decisions take effect at the server's time, whatever time the request carried. */
    private Decision stamped(Decision d) {
        return new Decision(d.board(), d.verdict(), d.grounds(), d.reason(), d.vote(), clock.instant());
    }

    private VettingCase step(String candidate, UnaryOperator<VettingCase> transition, Decision d, String action) {
        return step(candidate, transition, d, "board:" + d.board().name() + ":" + String.join(",", d.vote().inFavour()), action);
    }

    private VettingCase step(String candidate, UnaryOperator<VettingCase> transition, Decision d, String actor, String action) {
        var before = store.lock(candidate).orElseThrow(() -> DomainException.notFound("vetting.no-case",
                "پرونده‌ای برای این داوطلب یافت نشد.", "No vetting case for this candidate."));
        var after = transition.apply(before);
        store.save(before, after, clock.instant());
        var details = new LinkedHashMap<String, Object>();
        details.put("stage", after.stage().name());
        if (d != null) {
            details.put("board", d.board().name());
            details.put("verdict", d.verdict().name());
            details.put("grounds", d.grounds().stream().map(LegalGround::code).toList());
            details.put("present", List.copyOf(d.vote().present()));
            details.put("inFavour", List.copyOf(d.vote().inFavour()));
        }
        audit(actor, action, candidate, d == null ? "" : d.reason(), details);
        return after;
    }

    private void audit(String actor, String action, String candidate, String reason, Map<String, Object> details) {
        events.publishEvent(new AuditEvent(actor, action, "candidate:" + candidate, reason, details));
    }
}
