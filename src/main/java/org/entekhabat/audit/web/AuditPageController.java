package org.entekhabat.audit.web;

import org.entekhabat.audit.AuditFilter;
import org.entekhabat.audit.AuditLog;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit log for supervisors and HQ: newest first, a page at a time, with the chain's state. */
@Controller
class AuditPageController {

    private static final int PAGE_SIZE = 50;
    private final AuditLog log;

    AuditPageController(AuditLog log) {
        this.log = log;
    }

    @GetMapping("/audit")
    String audit(@RequestParam(defaultValue = "0") int page,
                 @RequestParam(required = false) String actor,
                 @RequestParam(required = false) String action,
                 @RequestParam(required = false) String subject,
                 Model model) {
        model.addAttribute("page", log.entries(new AuditFilter(actor, action, subject), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("subject", subject);
        return "audit/audit";
    }
}
