package org.entekhabat.training;

import java.util.List;

/** A multiple-choice question of a course's bank; {@code correct} is the 0-based right option. */
public record Question(long id, String courseId, String topic, String text, List<String> options, int correct) {

    public Question {
        options = List.copyOf(options);
        if (correct < 0 || correct >= options.size()) throw new IllegalArgumentException("correct option out of range");
    }
}
