package org.entekhabat.training;

import java.time.Instant;
import java.util.List;

/** A quiz as the trainee sees it: the questions without their answers, and the server's deadline. */
public record QuizPaper(long attemptId, String courseId, String username, Instant deadline, long secondsLeft,
                        int attemptNumber, List<Item> questions) {

    public record Item(long id, String text, List<String> options) {}
}
