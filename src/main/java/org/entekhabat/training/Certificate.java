package org.entekhabat.training;

import java.time.Instant;

/** A certificate (گواهی‌نامه) for passing a course's quiz; anyone may check its code. */
public record Certificate(String code, String username, String courseId, long attemptId, int correct, int total,
                          Instant issuedAt) {}
