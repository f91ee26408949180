package org.entekhabat.candidacy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Builders for test candidates. */
final class Facts {

    static final LocalDate REGISTRATION_DAY = LocalDate.of(2026, 1, 11); // 1404/10/21, city registration opens
    static final EligibilityPolicy POLICY = EligibilityPolicy.seventhPeriod();

    private Facts() {}

    static Constituency city(long population) {
        return new Constituency("C-1", "شهر آزمون", CouncilType.CITY, population, population / 4, false);
    }

    static Constituency village(long households) {
        return new Constituency("V-1", "روستای آزمون", CouncilType.VILLAGE, households * 4, households, false);
    }

    /** A man of 40 with a bachelor's degree and everything in order, standing in a city of 100,000. */
    static CandidateFacts eligible() {
        return new CandidateFacts(city(100_000), LocalDate.of(1985, 6, 1), Sex.MALE, EducationLevel.BACHELOR,
                "12345678901234567890", Set.of(), List.of(), MilitaryServiceStatus.COMPLETED,
                LocalDate.of(2025, 12, 1), false);
    }

    static CandidateFacts with(CandidateFacts f, LocalDate birth) {
        return f.withIdentity(birth, f.sex());
    }

    static CandidateFacts allowance(CandidateFacts f, EducationAllowance a) {
        return new CandidateFacts(f.constituency(), f.birthDate(), f.sex(), f.education(), f.educationCertificateCode(),
                Set.of(a), f.heldOffices(), f.militaryService(), f.criminalRecordIssuedOn(), f.priorCouncilMember());
    }

    static CandidateFacts offices(CandidateFacts f, HeldOffice... held) {
        return new CandidateFacts(f.constituency(), f.birthDate(), f.sex(), f.education(), f.educationCertificateCode(),
                f.allowances(), List.of(held), f.militaryService(), f.criminalRecordIssuedOn(), f.priorCouncilMember());
    }

    static CandidateFacts military(CandidateFacts f, Sex sex, MilitaryServiceStatus s) {
        return new CandidateFacts(f.constituency(), f.birthDate(), sex, f.education(), f.educationCertificateCode(),
                f.allowances(), f.heldOffices(), s, f.criminalRecordIssuedOn(), f.priorCouncilMember());
    }

    static CandidateFacts criminalRecord(CandidateFacts f, LocalDate issued) {
        return new CandidateFacts(f.constituency(), f.birthDate(), f.sex(), f.education(), f.educationCertificateCode(),
                f.allowances(), f.heldOffices(), f.militaryService(), issued, f.priorCouncilMember());
    }

    static CandidateFacts code(CandidateFacts f, String code) {
        return new CandidateFacts(f.constituency(), f.birthDate(), f.sex(), f.education(), code,
                f.allowances(), f.heldOffices(), f.militaryService(), f.criminalRecordIssuedOn(), f.priorCouncilMember());
    }
}
