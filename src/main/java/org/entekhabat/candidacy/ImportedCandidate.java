package org.entekhabat.candidacy;

import java.time.LocalDate;

/**
 * One row of {@code entekhabat import candidates}: a candidate who arrives already approved (drills,
 * tests, the demo, and by-election candidates vetted by the Guardian Council elsewhere). The names are
 * taken as given: an import is not checked against the civil registry, and it is marked as imported.
 */
public record ImportedCandidate(String nationalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
                                String constituencyId, EducationLevel education, boolean priorCouncilMember) {}
