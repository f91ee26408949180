package org.entekhabat.training;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.training.internal.TrainingRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Training: courses, weekly sessions, attendance, quizzes and certificates. The module's public API. */
@Service
public class Training {

    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I
    private static final String USERNAME = "[A-Za-z0-9._@-]{2,64}";

    private final TrainingRepository repo;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final QuizPolicy policy;
    private final SecureRandom random = new SecureRandom();

    Training(TrainingRepository repo, ApplicationEventPublisher events, Clock clock,
             @Value("${entekhabat.training.pass-percent:70}") int passPercent,
             @Value("${entekhabat.training.max-attempts:3}") int maxAttempts,
             @Value("${entekhabat.training.time-limit:PT20M}") Duration timeLimit,
             @Value("${entekhabat.training.grace:PT30S}") Duration grace,
             @Value("${entekhabat.training.late:REFUSE}") LatePolicy late,
             @Value("${entekhabat.training.questions-per-quiz:10}") int questionsPerQuiz) {
        this.repo = repo;
        this.events = events;
        this.clock = clock;
        this.policy = new QuizPolicy(passPercent, maxAttempts, timeLimit, grace, late, questionsPerQuiz);
    }

    public QuizPolicy policy() {
        return policy;
    }

    public List<Course> courses() {
        return repo.courses();
    }

    public Course course(String id) {
        return repo.course(id).orElseThrow(() -> DomainException.notFound("course-not-found",
                "دوره‌ای با شناسهٔ " + id + " نیست.", "No course " + id + "."));
    }

    public List<Question> questions(String courseId) {
        course(courseId);
        return repo.questions(courseId);
    }

    // ---- sessions

    /** Schedules a weekly series: {@code weeks} sessions, 7 days apart, at the same time and place. */
    @Transactional
    public List<TrainingSession> scheduleWeekly(String courseId, String countyId, LocalDate first, LocalTime time,
                                                int weeks, String place, String trainer, String actor) {
        course(courseId);
        if (countyId == null || !countyId.matches("\\d{7,8}")) {
            throw DomainException.badInput("bad-county", "کد شهرستان باید ۷ یا ۸ رقم باشد.", "A county id has 7 or 8 digits.");
        }
        if (first == null || time == null) throw DomainException.badInput("bad-date", "تاریخ و ساعت لازم است.", "Date and time are required.");
        if (weeks < 1 || weeks > 52) throw DomainException.badInput("bad-weeks", "شمار هفته‌ها باید ۱ تا ۵۲ باشد.", "Weeks must be 1..52.");
        if (blank(place) || blank(trainer)) {
            throw DomainException.badInput("bad-session", "محل و مربی جلسه لازم است.", "A session needs a place and a trainer.");
        }
        var out = new ArrayList<TrainingSession>();
        for (int w = 0; w < weeks; w++) {
            var at = LocalDateTime.of(first.plusWeeks(w), time);
            long id = repo.addSession(courseId, countyId, countyId.substring(0, 3), at, place.strip(), trainer.strip(), clock.instant(), actor);
            out.add(repo.session(id).orElseThrow());
        }
        audit(actor, "training.sessions-scheduled", "county:" + countyId, Map.of("course", courseId, "weeks", weeks, "first", first.toString()));
        return out;
    }

    public TrainingSession session(long id) {
        return repo.session(id).orElseThrow(() -> DomainException.notFound("session-not-found",
                "جلسهٔ آموزشی " + id + " پیدا نشد.", "No training session " + id + "."));
    }

    public List<TrainingSession> sessions(String provinceId, String countyId) {
        return repo.sessions(provinceId, countyId);
    }

    public Map<String, Boolean> attendance(long sessionId) {
        return repo.attendance(sessionId);
    }

    /** Records who came; a trainee not yet registered is registered in the session's county. */
    @Transactional
    public void recordAttendance(long sessionId, String username, boolean present, String actor) {
        var s = session(sessionId);
        checkUsername(username);
        repo.enrol(username, s.countyId(), s.provinceId(), "", clock.instant(), false);
        repo.attend(sessionId, username, present, clock.instant(), actor);
        audit(actor, "training.attendance", "session:" + sessionId, Map.of("username", username, "present", present));
    }

    @Transactional
    public void enrol(String username, String countyId, String fullName, String actor) {
        checkUsername(username);
        if (countyId == null || !countyId.matches("\\d{7,8}")) {
            throw DomainException.badInput("bad-county", "کد شهرستان باید ۷ یا ۸ رقم باشد.", "A county id has 7 or 8 digits.");
        }
        repo.enrol(username, countyId, countyId.substring(0, 3), fullName, clock.instant(), true);
        audit(actor, "training.enrolled", "trainee:" + username, Map.of("county", countyId));
    }

    // ---- quizzes

    /** Starts (or resumes) a timed quiz; refused when passed already or no attempts are left. */
    @Transactional
    public QuizPaper startQuiz(String courseId, String username) {
        course(courseId);
        checkUsername(username);
        repo.lock(username, courseId);
        var previous = repo.attempts(username, courseId);
        var now = clock.instant();
        return switch (QuizRules.mayStart(previous, now, policy)) {
            case QuizRules.StartDecision.AlreadyPassed p -> throw DomainException.conflict("already-passed",
                    "شما این دوره را پیش‌تر با موفقیت گذرانده‌اید.", "You have already passed this course.");
            case QuizRules.StartDecision.NoAttemptsLeft n -> throw DomainException.conflict("no-attempts-left",
                    "فرصت‌های آزمون این دوره (" + n.used() + " بار) تمام شده است.", "No attempts left (" + n.used() + " used).");
            case QuizRules.StartDecision.Resume r -> paper(r.open(), previous.indexOf(r.open()) + 1, now);
            case QuizRules.StartDecision.Start s -> {
                var bank = new ArrayList<>(repo.questions(courseId));
                if (bank.isEmpty()) throw DomainException.conflict("empty-bank", "این دوره سؤالی ندارد.", "This course has no questions.");
                Collections.shuffle(bank, random);
                var ids = bank.stream().limit(policy.questionsPerQuiz()).map(Question::id).toList();
                long id = repo.startAttempt(courseId, username, now, QuizRules.deadline(now, policy), ids);
                audit(username, "training.quiz-started", "attempt:" + id, Map.of("course", courseId, "attempt", s.attemptNumber()));
                yield paper(repo.attempt(id).orElseThrow(), s.attemptNumber(), now);
            }
        };
    }

    private QuizPaper paper(Attempt a, int number, java.time.Instant now) {
        var items = repo.questionsById(a.questionIds()).stream()
                .map(q -> new QuizPaper.Item(q.id(), q.text(), q.options())).toList();
        return new QuizPaper(a.id(), a.courseId(), a.username(), a.deadline(),
                QuizRules.remaining(a, now).toSeconds(), number, items);
    }

    /** Scores a submission against the server's clock; answers are question id -> chosen option. */
    @Transactional
    public QuizResult submitQuiz(long attemptId, String username, Map<Long, Integer> answers) {
        var a = attempt(attemptId);
        if (!a.username().equals(username)) throw DomainException.forbidden("این آزمون از آنِ شما نیست.", "This attempt is not yours.");
        repo.lock(username, a.courseId());
        a = attempt(attemptId);
        if (a.status() != AttemptStatus.OPEN) {
            throw DomainException.conflict("already-submitted", "این آزمون پیش‌تر ثبت شده است.", "This attempt was already submitted.");
        }
        var quiz = repo.questionsById(a.questionIds());
        for (var e : answers.entrySet()) {
            if (!a.questionIds().contains(e.getKey())) {
                throw DomainException.badInput("bad-answer", "پاسخ به سؤالی خارج از این آزمون.", "An answer to a question not in this quiz.");
            }
        }
        var now = clock.instant();
        var outcome = QuizRules.submit(a.deadline(), now, QuizRules.score(quiz, answers), policy);
        answers.forEach((q, c) -> repo.saveAnswer(attemptId, q, c == null ? -1 : c));
        var counted = outcome.counted();
        repo.finishAttempt(attemptId, outcome.status(), now, counted.map(QuizRules.Score::correct).orElse(null),
                counted.map(QuizRules.Score::total).orElse(null), outcome.passed(), outcome.late());
        Optional<Certificate> certificate = Optional.empty();
        if (outcome.passed()) {
            var c = new Certificate(newCode(), username, a.courseId(), attemptId, counted.get().correct(), counted.get().total(), now);
            repo.issue(c);
            certificate = Optional.of(c);
        }
        audit(username, "training.quiz-submitted", "attempt:" + attemptId, Map.of("course", a.courseId(),
                "status", outcome.status().name(), "passed", outcome.passed(), "late", outcome.late()));
        int used = repo.attempts(username, a.courseId()).size();
        return new QuizResult(attempt(attemptId), policy.passPercent(), outcome.passed() ? 0 : Math.max(0, policy.maxAttempts() - used), certificate);
    }

    public Attempt attempt(long id) {
        return repo.attempt(id).orElseThrow(() -> DomainException.notFound("attempt-not-found",
                "آزمون " + id + " پیدا نشد.", "No quiz attempt " + id + "."));
    }

    public QuizPaper paper(long attemptId, String username) {
        var a = attempt(attemptId);
        if (!a.username().equals(username)) throw DomainException.forbidden("این آزمون از آنِ شما نیست.", "This attempt is not yours.");
        var all = repo.attempts(username, a.courseId());
        return paper(a, all.indexOf(a) + 1, clock.instant());
    }

    public List<Attempt> attempts(String username) {
        return repo.attempts(username, null);
    }

    // ---- certificates

    public Optional<Certificate> certificate(String code) {
        return code == null ? Optional.empty() : repo.certificate(code.trim().toUpperCase(java.util.Locale.ROOT));
    }

    public List<Certificate> certificatesOf(String username) {
        return repo.certificatesOf(username);
    }

    /** For each username, the roles whose course they have passed. */
    public Map<String, Set<Role>> certifiedRoles(Collection<String> usernames) {
        return repo.certifiedRoles(new HashSet<>(usernames));
    }

    // ---- statistics

    /** Trainees, trained and passed by role, per county of a province (or one county; nulls = all). */
    public List<CountyTraining> countyStats(String provinceId, String countyId) {
        var trainees = repo.traineesPerCounty(provinceId, countyId);
        var trained = repo.trainedPerCounty(provinceId, countyId);
        var passed = repo.passedPerCounty(provinceId, countyId);
        var counties = new TreeMap<String, Boolean>();
        trainees.keySet().forEach(k -> counties.put(k, true));
        var out = new ArrayList<CountyTraining>();
        for (String county : counties.keySet()) {
            var byRole = new EnumMap<Role, CountyTraining.RoleCounts>(Role.class);
            for (Role r : Role.values()) {
                int t = trained.getOrDefault(county, Map.of()).getOrDefault(r, 0);
                int p = passed.getOrDefault(county, Map.of()).getOrDefault(r, 0);
                if (t > 0 || p > 0) byRole.put(r, new CountyTraining.RoleCounts(t, p));
            }
            out.add(new CountyTraining(county, trainees.getOrDefault(county, 0), byRole));
        }
        return out;
    }

    // ---- helpers

    private String newCode() {
        var sb = new StringBuilder("TC-");
        for (int i = 0; i < 10; i++) {
            if (i == 5) sb.append('-');
            sb.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return sb.toString();
    }

    private static void checkUsername(String username) {
        if (username == null || !username.matches(USERNAME)) {
            throw DomainException.badInput("bad-username", "نام کاربری معتبر نیست.", "Not a valid username.");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void audit(String actor, String action, String subject, Map<String, Object> details) {
        events.publishEvent(new AuditEvent(blank(actor) ? "anonymous" : actor, action, subject, "", details));
    }
}
