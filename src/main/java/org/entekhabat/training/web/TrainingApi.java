package org.entekhabat.training.web;

import java.security.Principal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.entekhabat.platform.DomainException;
import org.entekhabat.training.Attempt;
import org.entekhabat.training.Certificate;
import org.entekhabat.training.Course;
import org.entekhabat.training.QuizPaper;
import org.entekhabat.training.QuizResult;
import org.entekhabat.training.Training;
import org.entekhabat.training.TrainingSession;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Training as JSON. The question bank's answers are never served; quizzes are scored on the server. */
@RestController
class TrainingApi {

    private final Training training;

    TrainingApi(Training training) {
        this.training = training;
    }

    @GetMapping("/api/training/courses")
    List<Course> courses() {
        return training.courses();
    }

    @GetMapping("/api/training/sessions")
    List<TrainingSession> sessions(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return training.sessions(blank(province), blank(county));
    }

    record ScheduleRequest(String courseId, String countyId, LocalDate firstDate, LocalTime time, int weeks, String place, String trainer) {}

    @PostMapping("/api/training/sessions")
    List<TrainingSession> schedule(@RequestBody ScheduleRequest r, Principal principal) {
        return training.scheduleWeekly(r.courseId(), r.countyId(), r.firstDate(), r.time(), r.weeks(), r.place(), r.trainer(),
                Trainee.actor(principal));
    }

    record AttendanceRequest(String username, boolean present) {}

    @PostMapping("/api/training/sessions/{id}/attendance")
    Map<String, Boolean> attend(@PathVariable long id, @RequestBody AttendanceRequest r, Principal principal) {
        training.recordAttendance(id, r.username(), r.present(), Trainee.actor(principal));
        return training.attendance(id);
    }

    record StartRequest(String courseId, String username) {}

    @PostMapping("/api/training/quizzes")
    QuizPaper start(@RequestBody StartRequest r, Principal principal) {
        return training.startQuiz(r.courseId(), Trainee.username(principal, r.username()));
    }

    record SubmitRequest(String username, Map<Long, Integer> answers) {}

    @PostMapping("/api/training/attempts/{id}/submit")
    QuizResult submit(@PathVariable long id, @RequestBody SubmitRequest r, Principal principal) {
        return training.submitQuiz(id, Trainee.username(principal, r.username()), r.answers() == null ? Map.of() : r.answers());
    }

    @GetMapping("/api/training/attempts")
    List<Attempt> attempts(@RequestParam(required = false) String username, Principal principal) {
        return training.attempts(Trainee.username(principal, username));
    }

    /** Anyone may check a certificate's verification code. */
    @GetMapping("/api/public/certificates/{code}")
    Certificate certificate(@PathVariable String code) {
        return training.certificate(code).orElseThrow(() -> DomainException.notFound("certificate-not-found",
                "گواهی‌نامه‌ای با این کد نیست.", "No certificate with this code."));
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
