package org.entekhabat.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An official extension of a window (تمدید), applied on top of the schedule file: the law lets
 * the boards extend, e.g. city registration was extended to 20:00 in 1400 (DOMAIN.md §2, §7).
 *
 * @param key        the milestone extended
 * @param until      its new last moment, Iran time
 * @param by         who approved it
 * @param reason     why
 * @param recordedAt when it was recorded
 */
public record ScheduleExtension(String key, LocalDateTime until, String by, String reason, Instant recordedAt) {}
