package org.entekhabat.training;

import java.util.Optional;

/** What a submission got: the attempt as stored, and the certificate when it passed. */
public record QuizResult(Attempt attempt, int passPercent, int attemptsLeft, Optional<Certificate> certificate) {}
