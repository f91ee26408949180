/**
 * Staff training (آموزش عوامل): courses per role, weekly sessions per county with attendance,
 * a Persian question bank, timed quizzes scored on the server, retakes, and certificates with a
 * verification code. Seed 002: weekly training sessions assessed with tests.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training")
package org.entekhabat.training;
