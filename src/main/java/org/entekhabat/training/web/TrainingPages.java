package org.entekhabat.training.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;
import org.entekhabat.training.Training;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Persian training pages: courses and sessions, attendance, the timed quiz, the printable certificate. */
@Controller
class TrainingPages {

    private final Training training;

    TrainingPages(Training training) {
        this.training = training;
    }

    @GetMapping("/training")
    String home(@RequestParam(required = false) String province, @RequestParam(required = false) String county,
                @RequestParam(required = false) String username, Principal principal, Model model) {
        model.addAttribute("courses", training.courses());
        model.addAttribute("sessions", training.sessions(TrainingApi.blank(province), TrainingApi.blank(county)));
        model.addAttribute("county", county);
        model.addAttribute("policy", training.policy());
        String user = principal != null ? principal.getName() : TrainingApi.blank(username);
        model.addAttribute("username", user);
        if (user != null) {
            model.addAttribute("attempts", training.attempts(user));
            model.addAttribute("certificates", training.certificatesOf(user));
        }
        return "training/home";
    }

    @PostMapping("/training/sessions")
    String schedule(@RequestParam String courseId, @RequestParam String countyId, @RequestParam LocalDate firstDate,
                    @RequestParam LocalTime time, @RequestParam(defaultValue = "1") int weeks, @RequestParam String place,
                    @RequestParam String trainer, Principal principal) {
        training.scheduleWeekly(courseId, countyId.trim(), firstDate, time, weeks, place, trainer, Trainee.actor(principal));
        return "redirect:/training?county=" + countyId.trim();
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        var s = training.session(id);
        model.addAttribute("s", s);
        model.addAttribute("course", training.course(s.courseId()));
        model.addAttribute("attendance", training.attendance(id));
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String attend(@PathVariable long id, @RequestParam String username, @RequestParam(defaultValue = "true") boolean present,
                  Principal principal) {
        training.recordAttendance(id, username.trim(), present, Trainee.actor(principal));
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/courses/{courseId}/quiz")
    String start(@PathVariable String courseId, @RequestParam(required = false) String username, Principal principal,
                 RedirectAttributes redirect) {
        String user = Trainee.username(principal, username);
        var paper = training.startQuiz(courseId, user);
        redirect.addAttribute("username", user);
        return "redirect:/training/attempts/" + paper.attemptId();
    }

    @GetMapping("/training/attempts/{id}")
    String attempt(@PathVariable long id, @RequestParam(required = false) String username, Principal principal, Model model) {
        String user = Trainee.username(principal, username);
        var a = training.attempt(id);
        model.addAttribute("attempt", a);
        model.addAttribute("course", training.course(a.courseId()));
        model.addAttribute("username", user);
        model.addAttribute("policy", training.policy());
        if (a.status() == org.entekhabat.training.AttemptStatus.OPEN) model.addAttribute("paper", training.paper(id, user));
        model.addAttribute("certificate", training.certificatesOf(user).stream().filter(c -> c.attemptId() == id).findFirst().orElse(null));
        return "training/attempt";
    }

    @PostMapping("/training/attempts/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> form, Principal principal, RedirectAttributes redirect) {
        String user = Trainee.username(principal, form.get("username"));
        var answers = new HashMap<Long, Integer>();
        form.forEach((k, v) -> {
            if (k.startsWith("q") && k.substring(1).matches("\\d+") && v.matches("\\d")) answers.put(Long.parseLong(k.substring(1)), Integer.parseInt(v));
        });
        training.submitQuiz(id, user, answers);
        redirect.addAttribute("username", user);
        return "redirect:/training/attempts/" + id;
    }

    @GetMapping("/training/certificates/{code}")
    String certificate(@PathVariable String code, Model model) {
        var c = training.certificate(code).orElseThrow(() -> org.entekhabat.platform.DomainException.notFound(
                "certificate-not-found", "گواهی‌نامه‌ای با این کد نیست.", "No certificate with this code."));
        model.addAttribute("c", c);
        model.addAttribute("course", training.course(c.courseId()));
        return "training/certificate";
    }

    @GetMapping("/training/verify")
    String verify(@RequestParam String code) {
        code = code.trim().toUpperCase(java.util.Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{1,40}")) {
            throw org.entekhabat.platform.DomainException.notFound("certificate-not-found",
                    "گواهی‌نامه‌ای با این کد نیست.", "No certificate with this code.");
        }
        return "redirect:/training/certificates/" + code.trim().toUpperCase(java.util.Locale.ROOT);
    }
}
