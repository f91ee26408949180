package org.entekhabat.training;

/** OPEN until submitted; then SCORED, or REFUSED_LATE when the late policy refuses it. */
public enum AttemptStatus { OPEN, SCORED, REFUSED_LATE }
