package org.entekhabat.vetting.web;

import org.entekhabat.vetting.Authority;
import org.entekhabat.vetting.CandidateStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The candidate's status page (/candidate/status/{trackingId}): first the national code (posted, so it stays
 * out of addresses and logs), then the whole timeline: inquiries, every decision with its clause and reason
 * and who voted, the objection, the final result, the code and the list.
 */
@Controller
class CandidateStatusPage {

    private final CandidateStatus status;

    CandidateStatusPage(CandidateStatus status) {
        this.status = status;
    }


    /** Long pages commit the response early: create the CSRF token (and session) before rendering starts. */
    @ModelAttribute
    void csrf(org.springframework.security.web.csrf.CsrfToken token) {
        if (token != null) token.getToken();
    }
    @GetMapping("/candidate/status/{trackingId}")
    String ask(@PathVariable String trackingId, Model model) {
        model.addAttribute("trackingId", trackingId);
        return "vetting/status-ask";
    }

    @PostMapping("/candidate/status/{trackingId}")
    String show(@PathVariable String trackingId, @RequestParam(defaultValue = "") String nationalCode, Model model,
                java.util.Locale locale) {
        try {
            model.addAttribute("t", status.timeline(trackingId, nationalCode));
        } catch (org.entekhabat.platform.DomainException e) {
            model.addAttribute("trackingId", trackingId);
            model.addAttribute("error", e.message(locale));
            return "vetting/status-ask";
        }
        model.addAttribute("authorities", Authority.values());
        return "vetting/status";
    }
}
