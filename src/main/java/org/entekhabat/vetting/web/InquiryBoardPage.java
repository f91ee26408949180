package org.entekhabat.vetting.web;

import org.entekhabat.vetting.InquiryReminders;
import org.entekhabat.vetting.InquiryStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The county inquiry status board (/vetting/inquiries?county=ID) with its "send due reminders now" button. */
@Controller
class InquiryBoardPage {

    private final InquiryReminders reminders;
    private final InquiryBoardAccess access;

    InquiryBoardPage(InquiryReminders reminders, InquiryBoardAccess access) {
        this.reminders = reminders;
        this.access = access;
    }

    @GetMapping("/vetting/inquiries")
    String board(@RequestParam String county, Model model) {
        String code = access.requireRead(county);
        model.addAttribute("board", reminders.board(code));
        model.addAttribute("names", reminders.constituencies(code));
        model.addAttribute("rule", reminders.rule());
        model.addAttribute("canSend", access.canSend());
        model.addAttribute("noAnswer", InquiryStatus.NO_ANSWER);
        return "vetting/inquiries";
    }

    @PostMapping("/vetting/inquiries/remind")
    String remind(@RequestParam String county, RedirectAttributes redirect) {
        var user = access.requireSend(county);
        var sent = reminders.sendReminders(access.requireRead(county), "user:" + user.username());
        redirect.addFlashAttribute("sent", sent.size());
        redirect.addAttribute("county", county);
        return "redirect:/vetting/inquiries";
    }
}
