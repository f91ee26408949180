package org.entekhabat.candidacy;

/**
 * Published inside the submitting transaction when an application gets its tracking id. Vetting listens
 * and opens the case (and sends the five inquiries) in the same transaction: a registration is never
 * stored without its case.
 *
 * @param imported true for an import (drill, demo): the candidate arrives already approved
 */
public record ApplicationSubmitted(String trackingId, String nationalCode, String constituencyId, CouncilType councilType,
                                   boolean imported) {}
