package org.entekhabat.calendar;

/**
 * How far a milestone's dates can be trusted (DOMAIN.md conventions): found in a 1404 source,
 * taken from an earlier period's rules, or inferred with no source.
 */
public enum MilestoneStatus {
    /** Dated by a 1404/1405 source (tags in {@link Milestone#sources()}). */
    SOURCED,
    /** A rule of an earlier period (1392/1396/1400); it may have changed. */
    OLD,
    /** Inferred or computed; no source behind it. */
    UNSOURCED
}
