package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.Set;

/**
 * One row of {@code entekhabat import candidates}: a candidate who arrives already approved (drills,
 * tests, the demo, and by-election candidates vetted by the Guardian Council elsewhere). The names are
 * taken as given: an import is not checked against the civil registry, and it is marked as imported.
 *
 * @param allowances the Art. 37(z) grounds on file (veteran, freed POW, …): results' tie rule counts them as veterans
 */
public record ImportedCandidate(String nationalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
                                String constituencyId, EducationLevel education, boolean priorCouncilMember,
                                Set<EducationAllowance> allowances) {

    public ImportedCandidate {
        allowances = allowances == null ? Set.of() : Set.copyOf(allowances);
    }

    public ImportedCandidate(String nationalCode, String firstName, String lastName, LocalDate birthDate, Sex sex,
                             String constituencyId, EducationLevel education, boolean priorCouncilMember) {
        this(nationalCode, firstName, lastName, birthDate, sex, constituencyId, education, priorCouncilMember, Set.of());
    }
}
