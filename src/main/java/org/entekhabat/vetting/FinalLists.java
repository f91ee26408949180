package org.entekhabat.vetting;

import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.candidacy.CandidateApplication;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.internal.ListStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a constituency's final candidate list once its codes are drawn (and, in Tehran, its list codes),
 * inside the {@code final-candidate-lists} window; from then on nobody may withdraw. Drills and the demo
 * publish imported data outside the window, marked as a drill.
 */
@Service
public class FinalLists {

    public static final String WINDOW = "final-candidate-lists";

    private final VettingService vetting;
    private final TehranListService lists;
    private final CandidateRegistrations registrations;
    private final ListStore store;
    private final Schedule schedule;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    FinalLists(VettingService vetting, TehranListService lists, CandidateRegistrations registrations, ListStore store,
               Schedule schedule, Clock clock, ApplicationEventPublisher events) {
        this.vetting = vetting;
        this.lists = lists;
        this.registrations = registrations;
        this.store = store;
        this.schedule = schedule;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public FinalList publish(String constituencyId, String actor, boolean drill) {
        Constituency c = constituency(constituencyId);
        if (store.published(c.id()).isPresent()) {
            throw DomainException.conflict("final-list.published", "فهرست نهایی این حوزه پیش‌تر اعلام شده است.",
                    "The final list of this constituency is already published.");
        }
        if (!drill) schedule.require(WINDOW);
        if (vetting.candidateCodes(c.id()).isEmpty()) {
            throw DomainException.conflict("final-list.no-codes", "هنوز کد نامزدهای این حوزه قرعه‌کشی نشده است.",
                    "The candidate codes of this constituency are not drawn yet.");
        }
        if (c.tehranListPr() && !lists.lists(c.id()).isEmpty() && lists.listCodes(c.id()).isEmpty()) {
            throw DomainException.conflict("final-list.no-list-codes", "هنوز کد فهرست‌ها قرعه‌کشی نشده است.",
                    "The list codes are not drawn yet.");
        }
        store.publish(c.id(), actor, clock.instant(), drill);
        registrations.finalizeList(c.id(), c.councilType(), actor);
        events.publishEvent(new AuditEvent(actor, "vetting.final-list-published", "constituency:" + c.id(), drill ? "drill" : "",
                Map.of("drill", drill)));
        return find(c.id()).orElseThrow();
    }

    public boolean published(String constituencyId) {
        return store.published(constituencyId).isPresent();
    }

    /** The published list, or empty before publication. */
    public Optional<FinalList> find(String constituencyId) {
        var published = store.published(constituencyId).orElse(null);
        if (published == null) return Optional.empty();
        Constituency c = constituency(constituencyId);
        Map<String, Integer> codes = vetting.candidateCodes(c.id()).map(CodeDraw.Result::codes).orElse(Map.of());
        var registered = lists.lists(c.id());
        Map<String, TehranListService.RegisteredList> listOf = new HashMap<>();
        registered.forEach(l -> l.members().forEach(m -> listOf.put(m, l)));
        Map<String, CandidateApplication> people = new HashMap<>();
        registrations.applicationsOf(c.id()).forEach(a -> people.put(a.trackingId(), a));
        var candidates = codes.entrySet().stream().map(e -> {
            var a = people.get(e.getKey());
            var l = listOf.get(e.getKey());
            return new FinalList.Candidate(e.getValue(), a == null ? "" : a.firstName(), a == null ? "" : a.lastName(),
                    l == null ? null : l.title(), l == null ? null : l.code());
        }).sorted(Comparator.comparingInt(FinalList.Candidate::code)).toList();
        var parties = registered.stream().filter(l -> l.code() != null)
                .map(l -> new FinalList.Party(l.code(), l.title(), l.party(),
                        l.members().stream().map(codes::get).filter(java.util.Objects::nonNull).toList()))
                .sorted(Comparator.comparingInt(FinalList.Party::code)).toList();
        return Optional.of(new FinalList(c.id(), c.name(), c.councilType().fa(), c.councilType().en(), published.at(),
                published.drill(), candidates, parties));
    }

    /** Every published constituency, for the public index. */
    public List<String> publishedConstituencies() {
        return store.publishedIds();
    }

    private Constituency constituency(String id) {
        return registrations.findConstituency(id).orElseThrow(() -> DomainException.notFound("vetting.constituency",
                "حوزه‌ای با این شناسه نیست.", "No such constituency."));
    }
}
