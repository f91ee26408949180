package org.entekhabat.candidacy.web;

import java.util.List;
import java.util.Locale;
import org.entekhabat.candidacy.Art41Office;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.candidacy.Constituency;
import org.entekhabat.candidacy.EducationAllowance;
import org.entekhabat.candidacy.EducationLevel;
import org.entekhabat.candidacy.MilitaryServiceStatus;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Persian pages for candidates, who have no account: the registration form with its findings ("check"
 * re-shows the form with every rule's answer; "register" saves and submits in one transaction), the
 * page that gives the tracking id, and withdrawal (tracking id + national code). The status page with
 * the vetting timeline is the vetting module's ({@code /candidate/status/{trackingId}}).
 */
@Controller
class CandidatePages {

    private final CandidateRegistrations registrations;

    CandidatePages(CandidateRegistrations registrations) {
        this.registrations = registrations;
    }


    /** Long pages commit the response early: create the CSRF token (and session) before rendering starts. */
    @ModelAttribute
    void csrf(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) token.getToken();
    }
    @ModelAttribute
    void choices(Model model, @RequestParam(required = false) Long county, @RequestParam(required = false) String constituencyId) {
        Long where = county;
        if (where == null && constituencyId != null) {
            where = registrations.findConstituency(constituencyId).map(Constituency::countyId).filter(c -> c > 0).orElse(null);
        }
        model.addAttribute("county", where);
        model.addAttribute("counties", registrations.counties());
        model.addAttribute("constituencies", where == null ? List.of()
                : registrations.constituenciesInCounty(where).stream().filter(c -> c.councilType().council()).toList());
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("allowanceGrounds", EducationAllowance.values());
        model.addAttribute("offices", Art41Office.values());
        model.addAttribute("militaryStatuses", MilitaryServiceStatus.values());
    }

    @GetMapping("/candidate/register")
    String form(Model model) {
        model.addAttribute("form", new RegistrationForm());
        return "candidacy/register";
    }

    @PostMapping("/candidate/register")
    String post(@ModelAttribute("form") RegistrationForm form, @RequestParam(defaultValue = "check") String action,
                Model model, Locale locale, RedirectAttributes redirect) {
        try {
            if ("register".equals(action)) {
                var a = registrations.register(form.toDraft(), form.documents());
                redirect.addFlashAttribute("trackingId", a.trackingId());
                redirect.addFlashAttribute("name", a.fullName());
                redirect.addFlashAttribute("constituencyName", a.constituency().name());
                return "redirect:/candidate/register/done";
            }
            model.addAttribute("findings", registrations.findings(form.toDraft()));
        } catch (DomainException e) {
            model.addAttribute("error", e.message(locale));
            model.addAttribute("errorFindings", e.details().getOrDefault("findings", List.of()));
        }
        return "candidacy/register";
    }

    /** Shown once, right after registering (flash attributes): the tracking id to keep. */
    @GetMapping("/candidate/register/done")
    String done(Model model) {
        if (!model.containsAttribute("trackingId")) return "redirect:/candidate/register";
        return "candidacy/registered";
    }

    @PostMapping("/candidate/status/{trackingId}/withdraw")
    String withdraw(@PathVariable String trackingId, @RequestParam String nationalCode, @RequestParam(required = false) String reason,
                    RedirectAttributes redirect) {
        registrations.withdraw(trackingId, nationalCode, reason);
        redirect.addFlashAttribute("withdrawn", true);
        return "redirect:/candidate/status/" + trackingId;
    }
}
