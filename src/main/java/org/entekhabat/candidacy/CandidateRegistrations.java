package org.entekhabat.candidacy;

import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entekhabat.candidacy.internal.ApplicationStore;
import org.entekhabat.candidacy.internal.StatisticsQuery;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.CivilRegistry;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.registry.Person;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Online registration of candidates (ثبت‌نام داوطلبان): drafts, submission with a tracking id, withdrawal,
 * and the eligibility findings shown live. Every write is one transaction: a refused step saves nothing.
 */
@Service
public class CandidateRegistrations {

    private static final ZoneId IRAN = ZoneId.of("Asia/Tehran");

    private final ApplicationStore store;
    private final StatisticsQuery statistics;
    private final CivilRegistry registry;
    private final RegistrationWindow window;
    private final ConstituencyDirectory constituencies;
    private final EligibilityPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    CandidateRegistrations(ApplicationStore store, StatisticsQuery statistics, CivilRegistry registry, RegistrationWindow window,
                           ConstituencyDirectory constituencies, EligibilityPolicy policy, Clock clock,
                           ApplicationEventPublisher events) {
        this.store = store;
        this.statistics = statistics;
        this.registry = registry;
        this.window = window;
        this.constituencies = constituencies;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** Findings for a partial draft, as the candidate types; saves nothing and needs no window. */
    public List<EligibilityFinding> findings(ApplicationDraft d) {
        Constituency c = d.constituencyId() == null ? null : constituencies.find(d.constituencyId()).orElse(null);
        Person p = null;
        if (d.nationalCode() != null && NationalCode.isValid(PersianNumbersLatin.of(d.nationalCode()))) {
            p = registry.lookup(new NationalCode(PersianNumbersLatin.of(d.nationalCode()))).filter(Person::alive).orElse(null);
        }
        var facts = d.facts(c, p == null ? null : p.birthDate(), p == null ? null : sex(p));
        return Eligibility.evaluate(facts, policy, today());
    }

    /** Creates ({@code id == null}) or updates a draft and stores its documents, all or nothing. */
    @Transactional
    public CandidateApplication saveDraft(UUID id, ApplicationDraft d, List<UploadedDocument> documents) {
        Instant now = clock.instant();
        Constituency c = constituency(d.constituencyId());
        requireOpen(c, now);
        NationalCode code = NationalCode.parse(d.nationalCode());
        Person person = confirmIdentity(code, d);
        UUID key = id == null ? UUID.randomUUID() : id;
        if (id != null) {
            var existing = ownDraft(id);
            if (!existing.nationalCode().equals(code.value())) {
                throw DomainException.forbidden("این پیش‌نویس متعلق به کد ملی دیگری است.", "This draft belongs to another national code.");
            }
        }
        refuseSecondConstituency(code, c, key);
        var row = new ApplicationStore.Row(key, code.value(), person.firstName(), person.lastName(),
                d.facts(c, person.birthDate(), sex(person)), d.answers());
        if (id == null) store.insert(row, now);
        else store.update(row, now);
        for (UploadedDocument doc : documents) {
            // checked here, after the insert, on purpose: a bad file rolls the whole draft back
            store.storeDocument(key, doc, DocumentRules.check(doc), now);
        }
        return store.byId(key).orElseThrow();
    }

    /** Adds or replaces one document of a draft. */
    @Transactional
    public CandidateApplication.Document upload(UUID id, UploadedDocument doc) {
        Instant now = clock.instant();
        var draft = ownDraft(id);
        requireOpen(draft.constituency(), now);
        store.storeDocument(id, doc, DocumentRules.check(doc), now);
        return store.byId(id).orElseThrow().documents().stream().filter(d -> d.type() == doc.type()).findFirst().orElseThrow();
    }

    /** Submits a draft: every finding must be met and every document present; returns it with its tracking id. */
    @Transactional
    public CandidateApplication submit(UUID id) {
        Instant now = clock.instant();
        var draft = ownDraft(id);
        requireOpen(draft.constituency(), now);
        var findings = findingsOf(draft);
        if (!Eligibility.allMet(findings)) {
            var open = findings.stream().filter(f -> !f.met()).toList();
            throw new DomainException(422, "candidacy.not-ready",
                    "ثبت نهایی ممکن نیست: " + open.stream().map(EligibilityFinding::fa).collect(Collectors.joining(" ")),
                    "Cannot submit yet: " + open.stream().map(EligibilityFinding::en).collect(Collectors.joining(" ")),
                    Map.of("findings", open.stream().map(CandidateRegistrations::describe).toList()));
        }
        String tracking;
        do {
            tracking = TrackingId.random(random).value();
        } while (store.trackingIdTaken(tracking));
        store.markSubmitted(id, tracking, now);
        events.publishEvent(new AuditEvent("candidate:" + draft.nationalCode(), "candidacy.submitted", "candidate:" + tracking,
                "", Map.of("constituency", draft.constituency().id(), "councilType", draft.constituency().councilType().name())));
        events.publishEvent(new ApplicationSubmitted(tracking, draft.nationalCode(), draft.constituency().id(),
                draft.constituency().councilType(), false));
        return store.byId(id).orElseThrow();
    }

    /** Saves and submits in one transaction (the form's single "register" button). */
    @Transactional
    public CandidateApplication register(ApplicationDraft d, List<UploadedDocument> documents) {
        return submit(saveDraft(null, d, documents).id());
    }

    /** Withdrawal (انصراف): allowed until the constituency's candidate list is final. */
    @Transactional
    public CandidateApplication withdraw(String trackingId, String nationalCode, String reason) {
        var a = byTrackingId(trackingId).orElseThrow(CandidateRegistrations::noSuchApplication);
        if (!a.nationalCode().equals(NationalCode.parse(nationalCode).value())) {
            throw DomainException.forbidden("کد ملی با این شناسهٔ رهگیری نمی‌خواند.", "The national code does not match this tracking id.");
        }
        if (a.status() == ApplicationStatus.WITHDRAWN) {
            throw DomainException.conflict("candidacy.already-withdrawn", "پیش‌تر انصراف داده‌اید.", "You have already withdrawn.");
        }
        if (store.listFinal(a.constituency().id(), a.constituency().councilType())) {
            throw DomainException.conflict("candidacy.list-final", "فهرست نامزدهای این حوزه قطعی شده و انصراف دیگر ممکن نیست.",
                    "The candidate list of this constituency is final; withdrawal is no longer possible.");
        }
        Instant now = clock.instant();
        store.markWithdrawn(a.id(), reason, now);
        events.publishEvent(new AuditEvent("candidate:" + a.nationalCode(), "candidacy.withdrawn", "candidate:" + a.trackingId(),
                reason == null ? "" : reason, Map.of("constituency", a.constituency().id())));
        events.publishEvent(new ApplicationWithdrawn(a.trackingId(), a.constituency().id()));
        return store.byId(a.id()).orElseThrow();
    }

    /** The list of a constituency becomes final (after vetting): from now on nobody may withdraw. */
    @Transactional
    public void finalizeList(String constituencyId, CouncilType type, String actor) {
        store.markListFinal(constituencyId, type, actor, clock.instant());
        events.publishEvent(new AuditEvent(actor, "candidacy.list-finalized", "constituency:" + constituencyId, "",
                Map.of("councilType", type.name())));
    }

    /**
     * Creates an already submitted application for a drill, a test or the demo, outside the window and
     * without the civil-registry check, marked IMPORT in the row and in the audit. Idempotent: a person's
     * live application for the same council type is returned as it is. The tracking id is derived from
     * the national code, so the same file gives the same ids (and the same seeded code draw) everywhere.
     */
    @Transactional
    public CandidateApplication importApproved(ImportedCandidate c, String actor) {
        Constituency where = constituency(c.constituencyId());
        NationalCode code = NationalCode.parse(c.nationalCode());
        if (c.firstName() == null || c.firstName().isBlank() || c.lastName() == null || c.lastName().isBlank()
                || c.birthDate() == null || c.sex() == null) {
            throw DomainException.badInput("candidacy.import-incomplete", "نام، نام خانوادگی، تاریخ تولد و جنسیت لازم است.",
                    "First name, last name, birth date and sex are required.");
        }
        var existing = store.liveFor(code.value(), where.councilType());
        if (existing.isPresent()) return existing.get();
        Instant now = clock.instant();
        var facts = new CandidateFacts(where, c.birthDate(), c.sex(), c.education(), null, c.allowances(), List.of(), null, null,
                c.priorCouncilMember());
        UUID key = UUID.nameUUIDFromBytes(("import:" + code.value() + ":" + where.councilType()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        store.insert(new ApplicationStore.Row(key, code.value(), c.firstName().strip(), c.lastName().strip(), facts, Map.of()), now, "IMPORT");
        var seeded = new java.util.Random(key.getMostSignificantBits() ^ key.getLeastSignificantBits());
        String tracking;
        do {
            tracking = TrackingId.random(seeded).value();
        } while (store.trackingIdTaken(tracking));
        store.markSubmitted(key, tracking, now);
        events.publishEvent(new AuditEvent(actor, "candidacy.imported", "candidate:" + tracking, "imported (drill/demo data)",
                Map.of("constituency", where.id(), "councilType", where.councilType().name(), "origin", "IMPORT")));
        events.publishEvent(new ApplicationSubmitted(tracking, code.value(), where.id(), where.councilType(), true));
        return store.byId(key).orElseThrow();
    }

    /** Submitted and withdrawn applications of a constituency (no drafts), by name. */
    public List<CandidateApplication> applicationsOf(String constituencyId) {
        return store.ofConstituency(constituencyId);
    }

    public Optional<Constituency> findConstituency(String id) {
        return id == null ? Optional.empty() : constituencies.find(id);
    }

    public List<Constituency> constituenciesInCounty(long countyId) {
        return constituencies.inCounty(countyId);
    }

    public List<ConstituencyDirectory.County> counties() {
        return constituencies.counties();
    }

    public Optional<CandidateApplication> byTrackingId(String trackingId) {
        TrackingId t = TrackingId.parseOrNull(trackingId);
        return t == null ? Optional.empty() : store.byTrackingId(t.value());
    }

    public Optional<CandidateApplication> byId(UUID id) {
        return store.byId(id);
    }

    /** The rules' findings on a stored application, plus any required document not yet uploaded. */
    public List<EligibilityFinding> findingsOf(CandidateApplication a) {
        LocalDate day = a.submittedAt() == null ? today() : a.submittedAt().atZone(IRAN).toLocalDate();
        var all = new ArrayList<>(Eligibility.evaluate(a.facts(), policy, day));
        Set<DocumentType> uploaded = a.documents().stream().map(CandidateApplication.Document::type).collect(Collectors.toSet());
        for (DocumentType t : DocumentType.requiredFor(a.facts())) {
            if (!uploaded.contains(t)) {
                all.add(new EligibilityFinding.NeedsDocument("document", "DOMAIN §2", t.name(),
                        "بارگذاری «" + t.fa() + "» لازم است.", "Upload the " + t.en() + "."));
            }
        }
        return all;
    }

    public RegistrationStatistics statistics(String constituencyId) {
        return statistics.statistics(constituencyId);
    }

    /** Counts within a province, a county or a constituency (each may be null: no filter). */
    public RegistrationStatistics statistics(Integer provinceId, Long countyId, String constituencyId) {
        return statistics.statistics(new StatisticsQuery.Scope(provinceId, countyId, constituencyId));
    }

    public List<Constituency> constituencies() {
        return constituencies.all();
    }

    public EligibilityPolicy policy() {
        return policy;
    }

    private LocalDate today() {
        return clock.instant().atZone(IRAN).toLocalDate();
    }

    private Constituency constituency(String id) {
        return constituencies.find(id == null ? "" : id).orElseThrow(() -> DomainException.badInput("candidacy.constituency",
                "حوزهٔ انتخابیه را از فهرست انتخاب کنید.", "Choose a constituency from the list."));
    }

    private void requireOpen(Constituency c, Instant now) {
        if (!c.councilType().council()) {
            throw DomainException.conflict("candidacy.by-election-offline",
                    "ثبت‌نام داوطلبان " + c.councilType().fa() + " در این سامانه انجام نمی‌شود؛ نامزدهای تأییدشدهٔ آن وارد (import) می‌شوند.",
                    "Candidates for the " + c.councilType().en() + " do not register here; its approved candidates are imported.");
        }
        var answer = window.check(c.councilType(), c.id(), now);
        if (!answer.open()) throw DomainException.conflict("candidacy.window-closed", answer.fa(), answer.en());
    }

    private CandidateApplication ownDraft(UUID id) {
        var a = store.byId(id).orElseThrow(CandidateRegistrations::noSuchApplication);
        if (a.status() != ApplicationStatus.DRAFT) {
            throw DomainException.conflict("candidacy.not-draft", "این درخواست دیگر پیش‌نویس نیست (" + a.status().fa() + ").",
                    "This application is no longer a draft (" + a.status().en() + ").");
        }
        return a;
    }

    private Person confirmIdentity(NationalCode code, ApplicationDraft d) {
        Person p = registry.lookup(code).orElseThrow(() -> DomainException.notFound("candidacy.identity-unknown",
                "این کد ملی در ثبت احوال یافت نشد.", "The civil registry has no person with this national code."));
        if (!p.alive()) {
            throw DomainException.badInput("candidacy.identity-deceased", "ثبت احوال این کد ملی را متعلق به فرد درگذشته می‌داند؛ ثبت‌نام ممکن نیست.",
                    "The civil registry records this person as deceased; registration is refused.");
        }
        if (!sameName(p.firstName(), d.firstName()) || !sameName(p.lastName(), d.lastName()) || !p.birthDate().equals(d.birthDate())) {
            throw DomainException.badInput("candidacy.identity-mismatch",
                    "نام، نام خانوادگی یا تاریخ تولد با اطلاعات ثبت احوال نمی‌خواند.",
                    "Name or birth date does not match the civil registry.");
        }
        return p;
    }

    private void refuseSecondConstituency(NationalCode code, Constituency c, UUID self) {
        store.liveFor(code.value(), c.councilType(), self).ifPresent(other -> {
            throw new DomainException(409, "candidacy.one-constituency",
                    "شما پیش‌تر برای " + c.councilType().fa() + " در حوزهٔ «" + other.constituency().name()
                            + "» ثبت‌نام کرده‌اید؛ هر داوطلب فقط در یک حوزه برای هر نوع شورا می‌تواند داوطلب شود.",
                    "You are already registered for the " + c.councilType().en() + " in '" + other.constituency().name()
                            + "'; a person may stand in only one constituency per council type.",
                    Map.of("otherConstituency", other.constituency().id()));
        });
    }

    static boolean sameName(String registry, String typed) {
        return typed != null && normalName(registry).equals(normalName(typed));
    }

    /** Arabic yeh/kaf to Persian, no ZWNJ or spaces: people type names many ways. */
    static String normalName(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replace('ي', 'ی').replace('ى', 'ی').replace('ك', 'ک')
                .replace("\u200c", "").replaceAll("\\s+", "");
    }

    private static Sex sex(Person p) {
        return p.sex() == Person.Sex.MALE ? Sex.MALE : Sex.FEMALE;
    }

    private static DomainException noSuchApplication() {
        return DomainException.notFound("candidacy.not-found", "درخواستی با این شناسه یافت نشد.", "No application with this id.");
    }

    /** A finding as plain data (for problem details and JSON). */
    public static Map<String, Object> describe(EligibilityFinding f) {
        var m = new LinkedHashMap<String, Object>();
        m.put("status", f.kind());
        m.put("rule", f.rule());
        m.put("article", f.article());
        if (f instanceof EligibilityFinding.NeedsDocument n) m.put("document", n.document());
        m.put("fa", f.fa());
        m.put("en", f.en());
        return m;
    }

    /** Persian digits typed into the national-code field. */
    private static final class PersianNumbersLatin {
        static String of(String s) {
            return org.entekhabat.platform.PersianNumbers.latin(s).replaceAll("[\\s-]", "");
        }
    }
}
