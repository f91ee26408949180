package org.entekhabat.boards;

import java.time.Instant;
import java.util.List;
import org.entekhabat.vetting.Decision;

/** One line of a county's decisions log: which board decided what on whom, when, citing what, and who voted how. */
public record LoggedDecision(String candidate, String constituencyId, Decision decision, List<String> against,
                             Instant decidedAt) {}
