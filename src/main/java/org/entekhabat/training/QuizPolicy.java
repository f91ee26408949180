package org.entekhabat.training;

import java.time.Duration;

/**
 * The quiz settings, from {@code entekhabat.training.*}. No source fixes them, so all are configurable.
 *
 * @param passPercent      pass mark, percent of questions right (default 70)
 * @param maxAttempts      attempts a trainee may start per course, the first included (default 3)
 * @param timeLimit        time from start to deadline, enforced by the server's clock
 * @param grace            network allowance after the deadline before a submission is late
 * @param late             what a late submission gets
 * @param questionsPerQuiz questions drawn from the bank per attempt (all, if the bank is smaller)
 */
public record QuizPolicy(int passPercent, int maxAttempts, Duration timeLimit, Duration grace, LatePolicy late,
                         int questionsPerQuiz) {

    public static final QuizPolicy DEFAULT = new QuizPolicy(70, 3, Duration.ofMinutes(20), Duration.ofSeconds(30),
            LatePolicy.REFUSE, 10);

    public QuizPolicy {
        if (passPercent < 1 || passPercent > 100) throw new IllegalArgumentException("pass mark must be 1..100");
        if (maxAttempts < 1) throw new IllegalArgumentException("at least one attempt");
        if (timeLimit == null || timeLimit.isNegative() || timeLimit.isZero()) throw new IllegalArgumentException("time limit must be positive");
        if (grace == null || grace.isNegative()) throw new IllegalArgumentException("grace must not be negative");
        if (late == null) throw new IllegalArgumentException("late policy required");
        if (questionsPerQuiz < 1) throw new IllegalArgumentException("at least one question per quiz");
    }
}
