package org.entekhabat.vetting.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entekhabat.candidacy.CandidateApplication;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Role;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.CodeDraw;
import org.entekhabat.vetting.TehranListService;
import org.entekhabat.vetting.VettingService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Tehran lists: a party representative (role PARTY_REPRESENTATIVE, jurisdiction covering the constituency)
 * registers a list title and members among the approved candidates, on the Persian page
 * {@code /tehran-lists/{constituencyId}} or by {@code POST /api/vetting/lists/{constituencyId}}; staff and
 * representatives read the lists registered so far.
 */
@Controller
class TehranListWeb {

    static final Role[] READERS = {Role.PARTY_REPRESENTATIVE, Role.NATIONAL_HQ, Role.PROVINCIAL_HQ, Role.GOVERNOR,
            Role.SUPERVISOR, Role.EXECUTIVE_BOARD};

    private final TehranListService lists;
    private final VettingService vetting;
    private final CandidateRegistrations registrations;
    private final Access access;

    TehranListWeb(TehranListService lists, VettingService vetting, CandidateRegistrations registrations, Access access) {
        this.lists = lists;
        this.vetting = vetting;
        this.registrations = registrations;
        this.access = access;
    }

    /** An approved candidate as the representative chooses them. */
    record Choice(String trackingId, String name, Integer code, String listTitle) {}

    record NewList(String title, String party, List<String> members) {}


    /** Long pages commit the response early: create the CSRF token (and session) before rendering starts. */
    @ModelAttribute
    void csrf(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) token.getToken();
    }
    @GetMapping("/tehran-lists/{constituencyId}")
    String page(@PathVariable String constituencyId, Model model) {
        read(constituencyId);
        fill(constituencyId, model);
        return "vetting/tehran-lists";
    }

    @PostMapping("/tehran-lists/{constituencyId}")
    String post(@PathVariable String constituencyId, @RequestParam(defaultValue = "") String title,
                @RequestParam(defaultValue = "") String party, @RequestParam(required = false) List<String> members,
                Model model, Locale locale) {
        CurrentUser user = change(constituencyId);
        try {
            lists.register(constituencyId, title, party, members == null ? List.of() : members, user.username(), false);
            model.addAttribute("registered", title.strip());
        } catch (DomainException e) {
            model.addAttribute("error", e.message(locale));
            model.addAttribute("title", title);
            model.addAttribute("party", party);
        }
        fill(constituencyId, model);
        return "vetting/tehran-lists";
    }

    @GetMapping("/api/vetting/lists/{constituencyId}")
    @ResponseBody
    List<TehranListService.RegisteredList> list(@PathVariable String constituencyId) {
        read(constituencyId);
        return lists.lists(constituencyId);
    }

    @PostMapping("/api/vetting/lists/{constituencyId}")
    @ResponseBody
    @ResponseStatus(HttpStatus.CREATED)
    TehranListService.RegisteredList register(@PathVariable String constituencyId, @RequestBody NewList body) {
        CurrentUser user = change(constituencyId);
        return lists.register(constituencyId, body.title(), body.party(), body.members() == null ? List.of() : body.members(),
                user.username(), false);
    }

    private void read(String constituencyId) {
        access.requireRole(READERS);
        access.requireRead(CaseAccess.jurisdiction(constituencyId));
    }

    private CurrentUser change(String constituencyId) {
        return access.requireChange(CaseAccess.jurisdiction(constituencyId), Role.PARTY_REPRESENTATIVE);
    }

    private void fill(String constituencyId, Model model) {
        var c = registrations.findConstituency(constituencyId).orElseThrow(() -> DomainException.notFound("vetting.constituency",
                "حوزه‌ای با این شناسه نیست.", "No such constituency."));
        Map<String, CandidateApplication> people = new HashMap<>();
        registrations.applicationsOf(constituencyId).forEach(a -> people.put(a.trackingId(), a));
        Map<String, Integer> codes = vetting.candidateCodes(constituencyId).map(CodeDraw.Result::codes).orElse(Map.of());
        var registered = lists.lists(constituencyId);
        Map<String, String> listOf = new HashMap<>();
        registered.forEach(l -> l.members().forEach(m -> listOf.put(m, l.title())));
        var choices = vetting.standing(constituencyId).stream()
                .map(t -> new Choice(t, people.containsKey(t) ? people.get(t).fullName() : t, codes.get(t), listOf.get(t)))
                .sorted(java.util.Comparator.comparing((Choice x) -> x.code() == null ? Integer.MAX_VALUE : x.code()).thenComparing(Choice::name))
                .toList();
        model.addAttribute("constituency", c);
        model.addAttribute("choices", choices);
        model.addAttribute("lists", registered);
        model.addAttribute("names", people.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().fullName())));
        model.addAttribute("minMembers", lists.minMembers());
        model.addAttribute("maxMembers", lists.maxMembers());
    }
}
