package org.entekhabat.training;

/** What happens to answers submitted after the time limit (and its grace). */
public enum LatePolicy {
    /** Not scored; the attempt counts as used and failed. */
    REFUSE,
    /** Scored as zero. */
    SCORE_ZERO,
    /** Scored normally, marked late. */
    SCORE
}
