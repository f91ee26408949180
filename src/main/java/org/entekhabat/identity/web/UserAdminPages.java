package org.entekhabat.identity.web;

import java.util.Locale;
import org.entekhabat.identity.Access;
import org.entekhabat.identity.CurrentUser;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import jakarta.servlet.http.HttpServletResponse;
import org.entekhabat.identity.UserAdministration;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user-administration pages: the accounts of a jurisdiction and a form to open one. */
@Controller
@RequestMapping("/admin/users")
class UserAdminPages {

    private final Users users;
    private final Access access;
    private final java.time.Clock clock;

    UserAdminPages(Users users, Access access, java.time.Clock clock) {
        this.users = users;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) String jurisdiction, Model model, Locale locale) {
        CurrentUser me = access.requireUser();
        Jurisdiction where = jurisdiction == null || jurisdiction.isBlank() ? me.jurisdiction() : Jurisdiction.parse(jurisdiction);
        model.addAttribute("where", where);
        model.addAttribute("users", users.list(where));
        model.addAttribute("me", me);
        model.addAttribute("now", clock.instant());
        model.addAttribute("creatable", UserAdministration.creatableBy(me.role()).stream().sorted().toList());
        model.addAttribute("english", "en".equals(locale.getLanguage()));
        if (!model.containsAttribute("form")) model.addAttribute("form", new Form("", "", "", where.toString()));
        return "identity/users";
    }

    record Form(String username, String displayName, String role, String jurisdiction) {}

    @PostMapping
    String create(@RequestParam String username, @RequestParam(required = false) String displayName,
                  @RequestParam String role, @RequestParam String jurisdiction, @RequestParam String password,
                  Model model, Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
        try {
            Role r = UsersApi.parseRole(role);
            var created = users.create(new NewUser(username, displayName, r, Jurisdiction.parse(jurisdiction), password));
            redirect.addFlashAttribute("created", created.username());
            return "redirect:/admin/users?jurisdiction=" + created.jurisdiction();
        } catch (DomainException e) {
            if (e.status() == 401) throw e;
            response.setStatus(e.status());
            model.addAttribute("formError", e.message(locale));
            model.addAttribute("form", new Form(username, displayName, role, jurisdiction));
            return list(null, model, locale);
        }
    }
}
