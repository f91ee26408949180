package org.entekhabat.training.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.training.AttemptStatus;
import org.entekhabat.training.Training;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Persian training pages: courses and sessions, attendance, the timed quiz (always the signed-in
 * user's own), and the printable certificate (public, for verification).
 */
@Controller
class TrainingPages {

    private final Training training;
    private final TrainingAccess access;

    TrainingPages(Training training, TrainingAccess access) {
        this.training = training;
        this.access = access;
    }

    @GetMapping("/training")
    String home(@RequestParam(required = false) String province, @RequestParam(required = false) String county, Model model) {
        String user = access.self();
        var area = access.sessionsArea(province, county);
        model.addAttribute("courses", training.courses());
        model.addAttribute("sessions", area.map(a -> training.sessions(a.provinceId(), a.countyId())).orElse(List.of()));
        model.addAttribute("county", area.map(TrainingAccess.Area::countyId).orElse(null));
        model.addAttribute("policy", training.policy());
        model.addAttribute("canSchedule", access.isTrainer());
        model.addAttribute("username", user);
        model.addAttribute("attempts", training.attempts(user));
        model.addAttribute("certificates", training.certificatesOf(user));
        return "training/home";
    }

    @PostMapping("/training/sessions")
    String schedule(@RequestParam String courseId, @RequestParam String countyId, @RequestParam LocalDate firstDate,
                    @RequestParam LocalTime time, @RequestParam(defaultValue = "1") int weeks, @RequestParam String place,
                    @RequestParam String trainer) {
        var user = access.requireTrainerIn(countyId);
        training.scheduleWeekly(courseId, countyId.strip(), firstDate, time, weeks, place, trainer, user.username());
        return "redirect:/training?county=" + countyId.strip();
    }

    @GetMapping("/training/sessions/{id}")
    String session(@PathVariable long id, Model model) {
        var s = training.session(id);
        access.requireReadSession(s);
        model.addAttribute("s", s);
        model.addAttribute("course", training.course(s.courseId()));
        model.addAttribute("attendance", training.attendance(id));
        model.addAttribute("canRecord", access.isTrainer());
        return "training/session";
    }

    @PostMapping("/training/sessions/{id}/attendance")
    String attend(@PathVariable long id, @RequestParam String username, @RequestParam(defaultValue = "true") boolean present) {
        var user = access.requireTrainerOf(training.session(id));
        access.requireAccount(username);
        training.recordAttendance(id, username.strip(), present, user.username());
        return "redirect:/training/sessions/" + id;
    }

    @PostMapping("/training/courses/{courseId}/quiz")
    String start(@PathVariable String courseId) {
        var paper = training.startQuiz(courseId, access.self());
        return "redirect:/training/attempts/" + paper.attemptId();
    }

    @GetMapping("/training/attempts/{id}")
    String attempt(@PathVariable long id, Model model) {
        String user = access.self();
        var a = training.attempt(id);
        if (!a.username().equals(user)) throw DomainException.forbidden("این آزمون از آنِ شما نیست.", "This attempt is not yours.");
        model.addAttribute("attempt", a);
        model.addAttribute("course", training.course(a.courseId()));
        model.addAttribute("username", user);
        model.addAttribute("policy", training.policy());
        if (a.status() == AttemptStatus.OPEN) model.addAttribute("paper", training.paper(id, user));
        model.addAttribute("certificate", training.certificatesOf(user).stream().filter(c -> c.attemptId() == id).findFirst().orElse(null));
        return "training/attempt";
    }

    @PostMapping("/training/attempts/{id}")
    String submit(@PathVariable long id, @RequestParam Map<String, String> form) {
        var answers = new HashMap<Long, Integer>();
        form.forEach((k, v) -> {
            if (k.startsWith("q") && k.substring(1).matches("\\d+") && v.matches("\\d")) answers.put(Long.parseLong(k.substring(1)), Integer.parseInt(v));
        });
        training.submitQuiz(id, access.self(), answers);
        return "redirect:/training/attempts/" + id;
    }

    /** Public: anyone holding a certificate's code may see it. */
    @GetMapping("/training/certificates/{code}")
    String certificate(@PathVariable String code, Model model) {
        var c = training.certificate(code).orElseThrow(TrainingPages::noCertificate);
        model.addAttribute("c", c);
        model.addAttribute("course", training.course(c.courseId()));
        return "training/certificate";
    }

    /** Public: the verification form, and its target. */
    @GetMapping("/training/verify")
    String verify(@RequestParam(required = false) String code) {
        if (code == null || code.isBlank()) return "training/verify";
        code = code.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9-]{1,40}")) throw noCertificate();
        return "redirect:/training/certificates/" + code;
    }

    private static DomainException noCertificate() {
        return DomainException.notFound("certificate-not-found", "گواهی‌نامه‌ای با این کد نیست.", "No certificate with this code.");
    }
}
