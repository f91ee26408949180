package org.entekhabat.polling.node;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.entekhabat.polling.SignedStationReport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The staff pages: sign in, open with the zero report, extensions, the link, the paper process, close, report. */
@Controller
@ConditionalOnNode
class StaffController {

    private final StationNode node;
    private final ReportSender sender;

    StaffController(StationNode node, ReportSender sender) {
        this.node = node;
        this.sender = sender;
    }

    static StaffMember staff(HttpSession session) {
        return (StaffMember) session.getAttribute(StaffGuard.STAFF);
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("node", node);
        return "station/home";
    }

    @GetMapping("/staff/login")
    String login(Model model) {
        model.addAttribute("node", node);
        return "station/login";
    }

    @PostMapping("/staff/login")
    String signIn(@RequestParam String staffId, @RequestParam String pin, HttpSession session) {
        session.setAttribute(StaffGuard.STAFF, node.signIn(staffId, pin));
        return "redirect:/staff";
    }

    @PostMapping("/staff/logout")
    String signOut(HttpSession session) {
        session.invalidate();
        return "redirect:/staff/login";
    }

    @GetMapping("/staff")
    String dashboard(Model model, HttpSession session) {
        model.addAttribute("node", node);
        model.addAttribute("me", staff(session));
        model.addAttribute("paperState", node.paperCountState());
        node.signedReport("CLOSE").ifPresent(r -> model.addAttribute("closeReport", r));
        return "station/staff";
    }

    @PostMapping("/staff/open")
    String open(HttpSession session) {
        node.open(staff(session));
        return "redirect:/staff/report/zero";
    }

    @GetMapping("/staff/report/{kind}")
    String report(@org.springframework.web.bind.annotation.PathVariable String kind, Model model) {
        String k = kind.equals("zero") ? "ZERO" : "CLOSE";
        SignedStationReport signed = node.signedReport(k).orElseThrow(() -> org.entekhabat.platform.DomainException.notFound("report.none",
                "این گزارش هنوز امضا نشده است.", "This report has not been signed yet."));
        model.addAttribute("node", node);
        model.addAttribute("kind", k);
        model.addAttribute("signed", signed);
        model.addAttribute("report", signed.report());
        model.addAttribute("qr", Qr.svg(Qr.content(signed, node.stationCode())));
        model.addAttribute("outcome", node.reportOutcome(signed.hash()).orElse(null));
        model.addAttribute("attempt", sender.attempt(signed.hash()));
        return "station/report";
    }

    @PostMapping("/staff/extend")
    String extend(@RequestParam String until, @RequestParam String approvedBy, @RequestParam String authority, HttpSession session) {
        node.extend(staff(session), until, approvedBy, authority);
        return "redirect:/staff";
    }

    @PostMapping("/staff/link")
    String link(@RequestParam String url, HttpSession session) {
        node.changeLink(staff(session), url.trim());
        sender.nudge();
        return "redirect:/staff";
    }

    @PostMapping("/staff/paper")
    String toPaper(@RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "/staff") String back, HttpSession session) {
        node.switchToPaper(staff(session), reason);
        return "redirect:" + (back.startsWith("/auth") ? "/auth/fingerprint" : "/staff");
    }

    @PostMapping("/staff/paper/upload")
    String upload(HttpSession session, Model model) {
        var result = node.uploadRegister(staff(session));
        model.addAttribute("node", node);
        model.addAttribute("upload", result);
        return "station/uploaded";
    }

    @PostMapping("/staff/paper/electronic")
    String electronic(HttpSession session) {
        node.backToElectronic(staff(session));
        return "redirect:/staff";
    }

    @PostMapping("/staff/close")
    String close(HttpSession session) {
        node.close(staff(session));
        return "redirect:/staff";
    }

    @GetMapping("/staff/paper-count")
    String paperCount(Model model) {
        model.addAttribute("node", node);
        model.addAttribute("state", node.paperCountState());
        return "station/paper-count";
    }

    @PostMapping("/staff/paper-count")
    String enterPaperCount(@RequestParam Map<String, String> form, Model model) {
        node.enterPaperCounts(form.get("entryStaff"), form.get("entryPin"), form);
        return "redirect:/staff/paper-count";
    }

    @GetMapping("/staff/reconcile")
    String reconcile(Model model) {
        model.addAttribute("node", node);
        model.addAttribute("report", node.closingReport(""));
        return "station/reconcile";
    }

    @PostMapping("/staff/report/sign")
    String sign(@RequestParam(defaultValue = "") String note, HttpSession session) {
        node.signClosingReport(staff(session), note);
        sender.nudge();
        return "redirect:/staff/report/close";
    }

    @PostMapping("/staff/report/resend")
    String resend() {
        sender.nudge();
        return "redirect:/staff/report/close";
    }
}
