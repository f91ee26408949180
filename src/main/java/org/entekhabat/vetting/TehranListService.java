package org.entekhabat.vetting;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.internal.CodeDrawStore;
import org.entekhabat.vetting.internal.ListStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tehran's lists, persisted (DOMAIN §5): a licensed party's representative registers a list title and its
 * members inside the {@code tehran-list-registration} window; members are finally approved candidates of the
 * constituency, each on one list at most ({@link TehranLists} decides); the others run as individuals.
 * List codes are drawn after the candidate codes and start above all of them. Size limits are configurable
 * ({@code entekhabat.vetting.lists.min-members}/{@code max-members}): the source's minimum is cut off.
 */
@Service
public class TehranListService {

    /** The schedule milestone of list registration (UNSOURCED placeholder dates in 1405.yaml). */
    public static final String WINDOW = "tehran-list-registration";

    private final VettingService vetting;
    private final CandidateRegistrations registrations;
    private final ListStore store;
    private final CodeDrawStore draws;
    private final Schedule schedule;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final int minMembers;
    private final int maxMembers;

    TehranListService(VettingService vetting, CandidateRegistrations registrations, ListStore store, CodeDrawStore draws,
                      Schedule schedule, Clock clock, ApplicationEventPublisher events,
                      @Value("${entekhabat.vetting.lists.min-members:3}") int minMembers,
                      @Value("${entekhabat.vetting.lists.max-members:21}") int maxMembers) {
        this.vetting = vetting;
        this.registrations = registrations;
        this.store = store;
        this.draws = draws;
        this.schedule = schedule;
        this.clock = clock;
        this.events = events;
        this.minMembers = minMembers;
        this.maxMembers = maxMembers;
    }

    /** A registered list with its party and its drawn code (null before the draw). */
    public record RegisteredList(String title, String party, String representative, List<String> members, Integer code, boolean imported) {}

    /**
     * Registers a list. {@code imported} (drills, demo) skips the schedule window and is marked in the audit;
     * everything else is checked the same way.
     */
    @Transactional
    public RegisteredList register(String constituencyId, String title, String party, List<String> members, String representative,
                                   boolean imported) {
        Constituency c = proportional(constituencyId);
        if (!imported) schedule.require(WINDOW);
        if (store.published(c.id()).isPresent() || draws.find(c.id(), "LIST").isPresent()) {
            throw DomainException.conflict("tehran-list.closed", "کد فهرست‌ها قرعه‌کشی شده یا فهرست نهایی اعلام شده است؛ ثبت فهرست تازه ممکن نیست.",
                    "List codes are drawn or the final list is published; no new list can be registered.");
        }
        var existing = store.lists(c.id()).stream().map(ListStore.StoredList::list).toList();
        var approved = new HashSet<>(vetting.standing(c.id()));
        var list = new CandidateList(title, representative, members);
        new TehranLists(approved, minMembers, maxMembers, existing).register(list); // refuses, or it fits
        store.insert(c.id(), list, party, clock.instant(), imported);
        events.publishEvent(new AuditEvent(representative, imported ? "vetting.list-imported" : "vetting.list-registered",
                "constituency:" + c.id(), list.title(), Map.of("party", party == null ? "" : party, "members", list.members())));
        return new RegisteredList(list.title(), party == null ? "" : party, list.representative(), list.members(), null, imported);
    }

    public List<RegisteredList> lists(String constituencyId) {
        var codes = draws.find(constituencyId, "LIST").map(CodeDraw.Result::codes).orElse(Map.of());
        return store.lists(constituencyId).stream().map(s -> new RegisteredList(s.list().title(), s.party(), s.list().representative(),
                s.list().members(), codes.get(s.list().title()), s.imported())).toList();
    }

    /** The list a candidate is on, if any. */
    public Optional<RegisteredList> listOf(String constituencyId, String candidate) {
        return lists(constituencyId).stream().filter(l -> l.members().contains(candidate)).findFirst();
    }

    /** Draws list codes once candidate codes exist: the first list code is the next hundred above every candidate code. */
    @Transactional
    public CodeDraw.Result drawListCodes(String constituencyId, String seed, String actor) {
        Constituency c = proportional(constituencyId);
        var candidateCodes = draws.find(c.id(), "CANDIDATE").orElseThrow(() -> DomainException.conflict("tehran-list.codes-first",
                "نخست کد نامزدها باید قرعه‌کشی شود.", "Draw the candidate codes first."));
        if (draws.find(c.id(), "LIST").isPresent()) {
            throw DomainException.conflict("tehran-list.draw-done", "کد فهرست‌ها پیش‌تر قرعه‌کشی شده است.", "List codes are already drawn.");
        }
        var existing = store.lists(c.id()).stream().map(ListStore.StoredList::list).toList();
        var lists = new TehranLists(new HashSet<>(vetting.standing(c.id())), 1, Integer.MAX_VALUE, existing);
        int highest = candidateCodes.codes().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        var result = lists.drawListCodes(c.id(), seed, (highest / 100 + 1) * 100, candidateCodes);
        draws.save("LIST", result, actor, clock.instant());
        events.publishEvent(new AuditEvent(actor, "vetting.list-codes-drawn", "constituency:" + c.id(), "",
                Map.of("seed", seed, "codes", result.codes().toString())));
        return result;
    }

    public Optional<CodeDraw.Result> listCodes(String constituencyId) {
        return draws.find(constituencyId, "LIST");
    }

    public int minMembers() { return minMembers; }
    public int maxMembers() { return maxMembers; }

    private Constituency proportional(String constituencyId) {
        var c = registrations.findConstituency(constituencyId).orElseThrow(() -> DomainException.notFound("vetting.constituency",
                "حوزه‌ای با این شناسه نیست.", "No such constituency."));
        if (!c.tehranListPr()) {
            throw DomainException.badInput("tehran-list.not-proportional", "در «" + c.name() + "» انتخابات فهرستی (تناسبی) برگزار نمی‌شود.",
                    "'" + c.name() + "' does not elect by lists.");
        }
        return c;
    }
}
