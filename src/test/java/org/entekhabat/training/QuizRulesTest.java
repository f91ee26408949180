package org.entekhabat.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Scoring, pass mark, late submissions and retakes: golden cases and a seeded property test. */
class QuizRulesTest {

    static final Instant START = Instant.parse("2026-03-01T06:30:00Z");

    static List<Question> quiz(int n) {
        var out = new ArrayList<Question>();
        for (int i = 0; i < n; i++) out.add(new Question(i + 1, "it", "", "q" + i, List.of("a", "b", "c", "d"), i % 4));
        return out;
    }

    static Map<Long, Integer> answers(List<Question> quiz, int right) {
        var out = new HashMap<Long, Integer>();
        for (int i = 0; i < quiz.size(); i++) {
            var q = quiz.get(i);
            out.put(q.id(), i < right ? q.correct() : (q.correct() + 1) % 4);
        }
        return out;
    }

    static Attempt attempt(long id, AttemptStatus status, boolean passed, Instant started) {
        return new Attempt(id, "it", "ali", started, started.plus(Duration.ofMinutes(20)), List.of(1L), status, null,
                null, null, passed, false);
    }

    @Test
    void seventyPercentIsTheDefaultPassMark() {
        var q = quiz(10);
        assertThat(QuizRules.score(q, answers(q, 7)).passes(70)).isTrue();
        assertThat(QuizRules.score(q, answers(q, 6)).passes(70)).isFalse();
        // 2 of 3 is 66.6%: not a pass at 70, though rounding would say 67
        var three = quiz(3);
        assertThat(QuizRules.score(three, answers(three, 2)).passes(70)).isFalse();
        assertThat(QuizRules.score(three, answers(three, 2)).passes(66)).isTrue();
    }

    @Test
    void unansweredAndStrayAnswersAreWrong() {
        var q = quiz(4);
        assertThat(QuizRules.score(q, Map.of()).correct()).isZero();
        assertThat(QuizRules.score(q, Map.of(99L, 0, 1L, 0)).correct()).isEqualTo(1);
        assertThat(new QuizRules.Score(0, 0).passes(1)).isFalse();
    }

    @Test
    void lateSubmissionsFollowThePolicy() {
        var deadline = START.plus(Duration.ofMinutes(20));
        var raw = new QuizRules.Score(9, 10);
        var refuse = QuizPolicy.DEFAULT;
        assertThat(QuizRules.submit(deadline, deadline.plusSeconds(30), raw, refuse).status()).isEqualTo(AttemptStatus.SCORED);
        var late = QuizRules.submit(deadline, deadline.plusSeconds(31), raw, refuse);
        assertThat(late.status()).isEqualTo(AttemptStatus.REFUSED_LATE);
        assertThat(late.counted()).isEmpty();
        assertThat(late.passed()).isFalse();
        var zero = QuizRules.submit(deadline, deadline.plusSeconds(600), raw, with(LatePolicy.SCORE_ZERO));
        assertThat(zero.counted()).contains(new QuizRules.Score(0, 10));
        assertThat(zero.passed()).isFalse();
        var scored = QuizRules.submit(deadline, deadline.plusSeconds(600), raw, with(LatePolicy.SCORE));
        assertThat(scored.passed()).isTrue();
        assertThat(scored.late()).isTrue();
    }

    static QuizPolicy with(LatePolicy late) {
        var d = QuizPolicy.DEFAULT;
        return new QuizPolicy(d.passPercent(), d.maxAttempts(), d.timeLimit(), d.grace(), late, d.questionsPerQuiz());
    }

    @Test
    void retakesUpToTheMaximumThenRefused() {
        var p = QuizPolicy.DEFAULT; // 3 attempts
        var now = START.plus(Duration.ofHours(2));
        assertThat(QuizRules.mayStart(List.of(), now, p)).isEqualTo(new QuizRules.StartDecision.Start(1));
        var failed = attempt(1, AttemptStatus.SCORED, false, START);
        var abandoned = attempt(2, AttemptStatus.OPEN, false, START.plusSeconds(60)); // expired, never submitted
        assertThat(QuizRules.mayStart(List.of(failed, abandoned), now, p)).isEqualTo(new QuizRules.StartDecision.Start(3));
        var third = attempt(3, AttemptStatus.REFUSED_LATE, false, START.plusSeconds(120));
        assertThat(QuizRules.mayStart(List.of(failed, abandoned, third), now, p))
                .isEqualTo(new QuizRules.StartDecision.NoAttemptsLeft(3));
        var passed = attempt(4, AttemptStatus.SCORED, true, START);
        assertThat(QuizRules.mayStart(List.of(passed), now, p)).isInstanceOf(QuizRules.StartDecision.AlreadyPassed.class);
        var open = attempt(5, AttemptStatus.OPEN, false, now.minusSeconds(60));
        assertThat(QuizRules.mayStart(List.of(failed, open), now, p)).isEqualTo(new QuizRules.StartDecision.Resume(open));
    }

    @Test
    void policyRejectsNonsense() {
        assertThatThrownBy(() -> new QuizPolicy(0, 3, Duration.ofMinutes(1), Duration.ZERO, LatePolicy.REFUSE, 10))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new QuizPolicy(70, 0, Duration.ofMinutes(1), Duration.ZERO, LatePolicy.REFUSE, 10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** For random quizzes, answers, pass marks and timings the rules keep their promises. */
    @Test
    void scoringAndRetakeProperties() {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        for (int run = 0; run < 5000; run++) {
            String why = "seed " + seed + " run " + run;
            int n = 1 + random.nextInt(25);
            int right = random.nextInt(n + 1);
            int pass = 1 + random.nextInt(100);
            var q = quiz(n);
            var score = QuizRules.score(q, answers(q, right));
            assertThat(score.correct()).as(why).isEqualTo(right);
            assertThat(score.passes(pass)).as(why).isEqualTo(right * 100 >= pass * n);
            if (right < n) { // one more right answer never turns a pass into a fail
                var better = QuizRules.score(q, answers(q, right + 1));
                assertThat(!score.passes(pass) || better.passes(pass)).as(why).isTrue();
            }
            var policy = new QuizPolicy(pass, 1 + random.nextInt(5), Duration.ofMinutes(1 + random.nextInt(30)),
                    Duration.ofSeconds(random.nextInt(60)), LatePolicy.values()[random.nextInt(3)], 10);
            var deadline = START.plus(policy.timeLimit());
            var at = START.plusSeconds(random.nextInt((int) policy.timeLimit().toSeconds() + 120));
            var outcome = QuizRules.submit(deadline, at, score, policy);
            boolean inTime = !at.isAfter(deadline.plus(policy.grace()));
            if (inTime) assertThat(outcome.passed()).as(why).isEqualTo(score.passes(pass));
            if (outcome.passed()) assertThat(inTime || policy.late() == LatePolicy.SCORE).as(why).isTrue();
            assertThat(outcome.late()).as(why).isEqualTo(!inTime);
            simulateRetakes(random, policy, why);
        }
    }

    /** A trainee who keeps trying never gets more than maxAttempts, and stops once passed. */
    private static void simulateRetakes(Random random, QuizPolicy policy, String why) {
        var history = new ArrayList<Attempt>();
        var now = START;
        for (int tries = 0; tries < 12; tries++) {
            now = now.plus(policy.timeLimit()).plus(policy.grace()).plusSeconds(1);
            var d = QuizRules.mayStart(history, now, policy);
            if (!(d instanceof QuizRules.StartDecision.Start)) {
                assertThat(history.size() >= policy.maxAttempts() || history.stream().anyMatch(Attempt::passed)).as(why).isTrue();
                continue;
            }
            boolean passed = random.nextInt(4) == 0;
            history.add(attempt(history.size() + 1, AttemptStatus.SCORED, passed, now));
        }
        assertThat(history.size()).as(why).isLessThanOrEqualTo(policy.maxAttempts());
        assertThat(history.stream().filter(Attempt::passed).count()).as(why).isLessThanOrEqualTo(1);
    }
}
