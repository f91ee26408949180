package org.entekhabat.candidacy;

/** Published when a candidate withdraws (انصراف): the candidate leaves the code draw and the lists. */
public record ApplicationWithdrawn(String trackingId, String constituencyId) {}
