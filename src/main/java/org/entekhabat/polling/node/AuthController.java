package org.entekhabat.polling.node;

import jakarta.servlet.http.HttpSession;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.NationalCode;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The authentication terminal (دستگاه احراز هویت): national code and an original ID document,
 * eligibility, fingerprint, then the claim at central (or the manual register in the paper process).
 * The national code lives only in this browser session until the voter is admitted; the journal
 * never sees it.
 */
@Controller
@ConditionalOnNode
class AuthController {

    /** A voter between the document check and the fingerprint: held in the staff's session only. */
    record Pending(String nationalCode, String style) implements java.io.Serializable {}

    private static final String PENDING = "auth.pending";
    private final StationNode node;

    AuthController(StationNode node) {
        this.node = node;
    }

    @GetMapping("/auth")
    String form(Model model) {
        model.addAttribute("node", node);
        model.addAttribute("documents", StationNode.Document.values());
        return "station/auth";
    }

    @PostMapping("/auth")
    String check(@RequestParam String nationalCode, @RequestParam(required = false) StationNode.Document document,
                 @RequestParam(defaultValue = "") String documentNumber, @RequestParam(defaultValue = "false") boolean declaredResident,
                 HttpSession session) {
        session.removeAttribute(PENDING);
        var code = NationalCode.parse(nationalCode);
        String style = node.eligibleStyle(code, document, documentNumber, declaredResident);
        session.setAttribute(PENDING, new Pending(code.value(), style));
        return "redirect:/auth/fingerprint";
    }

    @GetMapping("/auth/fingerprint")
    String fingerprintStep(Model model, HttpSession session) {
        model.addAttribute("node", node);
        model.addAttribute("pending", pending(session));
        return "station/auth-fingerprint";
    }

    @PostMapping("/auth/fingerprint")
    String admit(HttpSession session, Model model) {
        var p = pending(session);
        var code = new NationalCode(p.nationalCode());
        model.addAttribute("node", node);
        if (node.fingerprint(code) == FingerprintReader.Result.NO_MATCH) {
            session.removeAttribute(PENDING);
            throw new DomainException(403, "auth.fingerprint", "اثر انگشت با دارندهٔ این کد ملی مطابقت ندارد.",
                    "The fingerprint does not match the holder of this national code.");
        }
        try {
            var admission = node.admit(code, p.style());
            session.removeAttribute(PENDING);
            switch (admission) {
                case StationNode.Admission.Electronic e -> model.addAttribute("card", e.token());
                case StationNode.Admission.Paper paper -> model.addAttribute("paperLine", paper.n());
            }
            return "station/auth-result";
        } catch (CentralLink.Unreachable e) {
            model.addAttribute("linkError", e.getMessage());
            return "station/auth-link-down"; // the voter stays pending: after the switch, the same step writes the register
        } catch (DomainException e) {
            session.removeAttribute(PENDING);
            throw e;
        }
    }

    private static Pending pending(HttpSession session) {
        var p = (Pending) session.getAttribute(PENDING);
        if (p == null) {
            throw DomainException.badInput("auth.no-voter", "نخست کد ملی و مدرک رأی‌دهنده را وارد کنید.", "Enter the voter's national code and document first.");
        }
        return p;
    }
}
