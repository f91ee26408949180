/**
 * The Jalali (Solar Hijri) calendar and the election schedule: milestones with their windows,
 * and the rule that every time-limited action asks the schedule first.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.entekhabat.calendar;
