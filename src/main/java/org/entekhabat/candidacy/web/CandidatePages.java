package org.entekhabat.candidacy.web;

import java.util.List;
import java.util.Locale;
import org.entekhabat.candidacy.Art41Office;
import org.entekhabat.candidacy.CandidateRegistrations;
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

/**
 * Persian pages for candidates: the registration form with its findings ("check" re-shows the form with
 * every rule's answer; "register" saves and submits in one transaction) and the status page.
 */
@Controller
class CandidatePages {

    private final CandidateRegistrations registrations;

    CandidatePages(CandidateRegistrations registrations) {
        this.registrations = registrations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("constituencies", registrations.constituencies());
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
                Model model, Locale locale) {
        try {
            if ("register".equals(action)) {
                var a = registrations.register(form.toDraft(), form.documents());
                return "redirect:/candidate/status/" + a.trackingId();
            }
            model.addAttribute("findings", registrations.findings(form.toDraft()));
        } catch (DomainException e) {
            model.addAttribute("error", e.message(locale));
            model.addAttribute("errorFindings", e.details().getOrDefault("findings", List.of()));
        }
        return "candidacy/register";
    }

    @GetMapping("/candidate/status/{trackingId}")
    String status(@PathVariable String trackingId, Model model) {
        var a = registrations.byTrackingId(trackingId).orElseThrow(() -> DomainException.notFound("candidacy.not-found",
                "درخواستی با این شناسهٔ رهگیری یافت نشد.", "No application with this tracking id."));
        model.addAttribute("candidacy", a);
        model.addAttribute("findings", registrations.findingsOf(a));
        return "candidacy/status";
    }

    @PostMapping("/candidate/status/{trackingId}/withdraw")
    String withdraw(@PathVariable String trackingId, @RequestParam String nationalCode, @RequestParam(required = false) String reason) {
        registrations.withdraw(trackingId, nationalCode, reason);
        return "redirect:/candidate/status/" + trackingId;
    }
}
