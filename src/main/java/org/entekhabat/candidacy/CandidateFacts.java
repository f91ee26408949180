package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What a candidate has told us so far (a draft may be partial: any field may be null). Birth date and
 * sex come from the civil registry once the identity is confirmed.
 *
 * @param constituency              where the candidate stands
 * @param birthDate                 from the civil registry
 * @param sex                       from the civil registry
 * @param education                 highest education level
 * @param educationCertificateCode  the 20-digit authenticity code from codesehat.ir
 * @param allowances                grounds for the one-level education allowance (empty if none)
 * @param heldOffices               Art. 41 offices held when the resignation window opened (empty if none)
 * @param militaryService           men only
 * @param criminalRecordIssuedOn    issue day of the criminal-record certificate
 * @param priorCouncilMember        sat on a council before (statistics only)
 */
public record CandidateFacts(Constituency constituency, LocalDate birthDate, Sex sex, EducationLevel education,
                             String educationCertificateCode, Set<EducationAllowance> allowances,
                             List<HeldOffice> heldOffices, MilitaryServiceStatus militaryService,
                             LocalDate criminalRecordIssuedOn, boolean priorCouncilMember) {

    public CandidateFacts {
        allowances = allowances == null ? Set.of() : Set.copyOf(allowances);
        heldOffices = heldOffices == null ? List.of() : List.copyOf(heldOffices);
    }

    public static CandidateFacts empty() {
        return new CandidateFacts(null, null, null, null, null, Set.of(), List.of(), null, null, false);
    }

    public CandidateFacts withConstituency(Constituency c) {
        return new CandidateFacts(c, birthDate, sex, education, educationCertificateCode, allowances, heldOffices,
                militaryService, criminalRecordIssuedOn, priorCouncilMember);
    }

    public CandidateFacts withIdentity(LocalDate birth, Sex s) {
        return new CandidateFacts(constituency, birth, s, education, educationCertificateCode, allowances, heldOffices,
                militaryService, criminalRecordIssuedOn, priorCouncilMember);
    }

    public CandidateFacts withEducation(EducationLevel level) {
        return new CandidateFacts(constituency, birthDate, sex, level, educationCertificateCode, allowances, heldOffices,
                militaryService, criminalRecordIssuedOn, priorCouncilMember);
    }
}
