package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the candidate types into the registration form; any field may still be empty in a draft.
 * Name and birth date are compared with the civil registry; sex comes from the registry.
 */
public record ApplicationDraft(String nationalCode, String firstName, String lastName, LocalDate birthDate,
                               String constituencyId, EducationLevel education, String educationCertificateCode,
                               Set<EducationAllowance> allowances, List<HeldOffice> heldOffices,
                               MilitaryServiceStatus militaryService, LocalDate criminalRecordIssuedOn,
                               Boolean priorCouncilMember, Map<String, String> answers) {

    public ApplicationDraft {
        allowances = allowances == null ? Set.of() : Set.copyOf(allowances);
        heldOffices = heldOffices == null ? List.of() : List.copyOf(heldOffices);
        answers = answers == null ? Map.of() : Map.copyOf(answers);
        priorCouncilMember = Boolean.TRUE.equals(priorCouncilMember);
    }

    /** The facts the rules read, given the constituency and what the registry says of the person. */
    public CandidateFacts facts(Constituency constituency, LocalDate registryBirthDate, Sex registrySex) {
        return new CandidateFacts(constituency, registryBirthDate, registrySex, education,
                EducationCertificateCodeRule.normalise(educationCertificateCode), allowances, heldOffices, militaryService,
                criminalRecordIssuedOn, priorCouncilMember.booleanValue());
    }
}
