package org.entekhabat.training;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scoring, pass mark, time limit and retakes, as plain rules. No source states them (seed 002 asks
 * only for weekly sessions "assessed with tests"), so every number comes from {@link QuizPolicy}.
 */
public final class QuizRules {

    private QuizRules() {}

    /** Right answers out of the quiz's questions; an unanswered question is wrong. */
    public record Score(int correct, int total) {

        public Score {
            if (total < 0 || correct < 0 || correct > total) throw new IllegalArgumentException("bad score " + correct + "/" + total);
        }

        /** correct / total >= passPercent / 100, in integers (no rounding). */
        public boolean passes(int passPercent) {
            return total > 0 && (long) correct * 100 >= (long) passPercent * total;
        }

        /** Whole percent, rounded down, for display. */
        public int percent() {
            return total == 0 ? 0 : correct * 100 / total;
        }
    }

    public static Score score(List<Question> quiz, Map<Long, Integer> answers) {
        int right = 0;
        for (Question q : quiz) {
            Integer chosen = answers.get(q.id());
            if (chosen != null && chosen == q.correct()) right++;
        }
        return new Score(right, quiz.size());
    }

    /** What a submission gets: its status, the score that counts (empty when refused), pass, lateness. */
    public record Outcome(AttemptStatus status, Optional<Score> counted, boolean passed, boolean late) {}

    public static Outcome submit(Instant deadline, Instant now, Score raw, QuizPolicy policy) {
        boolean late = now.isAfter(deadline.plus(policy.grace()));
        if (!late) return new Outcome(AttemptStatus.SCORED, Optional.of(raw), raw.passes(policy.passPercent()), false);
        return switch (policy.late()) {
            case REFUSE -> new Outcome(AttemptStatus.REFUSED_LATE, Optional.empty(), false, true);
            case SCORE_ZERO -> new Outcome(AttemptStatus.SCORED, Optional.of(new Score(0, raw.total())), false, true);
            case SCORE -> new Outcome(AttemptStatus.SCORED, Optional.of(raw), raw.passes(policy.passPercent()), true);
        };
    }

    /** May the trainee start a quiz now, given their earlier attempts at this course? */
    public sealed interface StartDecision {
        record Start(int attemptNumber) implements StartDecision {}
        record Resume(Attempt open) implements StartDecision {}
        record AlreadyPassed() implements StartDecision {}
        record NoAttemptsLeft(int used) implements StartDecision {}
    }

    public static StartDecision mayStart(List<Attempt> previous, Instant now, QuizPolicy policy) {
        if (previous.stream().anyMatch(Attempt::passed)) return new StartDecision.AlreadyPassed();
        var open = previous.stream().filter(a -> a.openAt(now, policy.grace())).findFirst();
        if (open.isPresent()) return new StartDecision.Resume(open.get());
        // every started attempt counts, submitted or abandoned: seeing the questions is the attempt
        if (previous.size() >= policy.maxAttempts()) return new StartDecision.NoAttemptsLeft(previous.size());
        return new StartDecision.Start(previous.size() + 1);
    }

    public static Instant deadline(Instant start, QuizPolicy policy) {
        return start.plus(policy.timeLimit());
    }

    public static Duration remaining(Attempt a, Instant now) {
        var d = Duration.between(now, a.deadline());
        return d.isNegative() ? Duration.ZERO : d;
    }
}
