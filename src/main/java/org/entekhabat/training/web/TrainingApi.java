package org.entekhabat.training.web;

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

/**
 * Training as JSON, under {@link TrainingAccess}. The question bank's answers are never served;
 * quizzes are scored on the server and taken by the signed-in user only.
 */
@RestController
class TrainingApi {

    private final Training training;
    private final TrainingAccess access;

    TrainingApi(Training training, TrainingAccess access) {
        this.training = training;
        this.access = access;
    }

    @GetMapping("/api/training/courses")
    List<Course> courses() {
        access.self();
        return training.courses();
    }

    @GetMapping("/api/training/sessions")
    List<TrainingSession> sessions(@RequestParam(required = false) String province, @RequestParam(required = false) String county) {
        return access.sessionsArea(province, county).map(a -> training.sessions(a.provinceId(), a.countyId())).orElse(List.of());
    }

    record ScheduleRequest(String courseId, String countyId, LocalDate firstDate, LocalTime time, int weeks, String place, String trainer) {}

    @PostMapping("/api/training/sessions")
    List<TrainingSession> schedule(@RequestBody ScheduleRequest r) {
        var user = access.requireTrainerIn(r.countyId());
        return training.scheduleWeekly(r.courseId(), r.countyId().strip(), r.firstDate(), r.time(), r.weeks(), r.place(),
                r.trainer(), user.username());
    }

    @GetMapping("/api/training/sessions/{id}/attendance")
    Map<String, Boolean> attendance(@PathVariable long id) {
        access.requireReadSession(training.session(id));
        return training.attendance(id);
    }

    record AttendanceRequest(String username, boolean present) {}

    @PostMapping("/api/training/sessions/{id}/attendance")
    Map<String, Boolean> attend(@PathVariable long id, @RequestBody AttendanceRequest r) {
        var user = access.requireTrainerOf(training.session(id));
        access.requireAccount(r.username());
        training.recordAttendance(id, r.username().strip(), r.present(), user.username());
        return training.attendance(id);
    }

    record StartRequest(String courseId) {}

    /** Starts (or resumes) the signed-in user's quiz. */
    @PostMapping("/api/training/quizzes")
    QuizPaper start(@RequestBody StartRequest r) {
        return training.startQuiz(r.courseId(), access.self());
    }

    record SubmitRequest(Map<Long, Integer> answers) {}

    @PostMapping("/api/training/attempts/{id}/submit")
    QuizResult submit(@PathVariable long id, @RequestBody SubmitRequest r) {
        return training.submitQuiz(id, access.self(), r.answers() == null ? Map.of() : r.answers());
    }

    /** The signed-in user's own attempts. */
    @GetMapping("/api/training/attempts")
    List<Attempt> attempts() {
        return training.attempts(access.self());
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
