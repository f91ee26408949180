package org.entekhabat.vetting;

/**
 * Who a vetting case is about and where it stands, for the boards' desks that list cases by constituency.
 *
 * @param candidate      the candidate's reference (tracking id)
 * @param nationalCode   the candidate's national code
 * @param constituencyId the constituency the candidate runs in
 * @param stage          the case's current stage
 */
public record CaseSubject(String candidate, String nationalCode, String constituencyId, VettingStage stage) {}
