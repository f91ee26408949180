package org.entekhabat.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.entekhabat.identity.internal.LockoutProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The sign-in page, and the page shown when a signed-in user is refused. */
@Controller
class LoginController {

    private final LockoutProperties lockout;

    LoginController(LockoutProperties lockout) {
        this.lockout = lockout;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("failed", request.getParameter("error") != null);
        model.addAttribute("locked", request.getParameter("locked") != null);
        model.addAttribute("maxAttempts", lockout.maxAttempts());
        model.addAttribute("lockMinutes", lockout.duration().toMinutes());
        model.addAttribute("loggedOut", request.getParameter("logout") != null);
        return "identity/login";
    }

    @RequestMapping("/access-denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied(Model model) {
        model.addAttribute("status", 403);
        model.addAttribute("messageKey", "identity.denied");
        return "identity/denied";
    }
}
