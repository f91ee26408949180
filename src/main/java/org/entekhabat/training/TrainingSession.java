package org.entekhabat.training;

import java.time.LocalDateTime;

/** A training session (جلسه آموزشی) in a county: Iran local date and time, place and trainer. */
public record TrainingSession(long id, String courseId, String countyId, String provinceId, LocalDateTime startsAt,
                              String place, String trainer) {}
