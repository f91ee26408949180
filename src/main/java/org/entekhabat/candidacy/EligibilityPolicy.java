package org.entekhabat.candidacy;

import java.time.LocalDate;

/**
 * The numbers behind the eligibility rules, all configurable because several are OLD or UNSOURCED
 * in DOMAIN.md. {@link #seventhPeriod()} gives the values found for the 7th period (1404/1405).
 *
 * @param minimumAge                  full years (Art. 37)
 * @param ageReference                which day the age is measured on
 * @param electionDay                 polling day, used when ageReference is ELECTION_DAY
 * @param villageHouseholdsThreshold  villages up to this many households need literacy, above it a diploma (Art. 37(z))
 * @param cityPopulationThreshold     cities up to this many people need an associate degree, above it a bachelor's (Art. 37(z))
 * @param cityResignationWindow       Art. 41 resignations for city candidates
 * @param villageResignationWindow    Art. 41 resignations for village candidates
 * @param criminalRecordValidMonths   a criminal-record certificate is valid this many (Jalali) months (Art. 37(t) note 2)
 */
public record EligibilityPolicy(int minimumAge, AgeReference ageReference, LocalDate electionDay,
                                long villageHouseholdsThreshold, long cityPopulationThreshold,
                                DayWindow cityResignationWindow, DayWindow villageResignationWindow,
                                int criminalRecordValidMonths) {

    public EligibilityPolicy {
        if (minimumAge < 0 || criminalRecordValidMonths < 0) throw new IllegalArgumentException("negative limit");
        if (ageReference == null) ageReference = AgeReference.REGISTRATION_DAY;
        if (ageReference == AgeReference.ELECTION_DAY && electionDay == null) {
            throw new IllegalArgumentException("age measured on election day needs the election day");
        }
    }

    /** DOMAIN §2: election 1405/02/11; resignations city 1404/07/21–27, village 1404/08/24–30. */
    public static EligibilityPolicy seventhPeriod() {
        return new EligibilityPolicy(25, AgeReference.REGISTRATION_DAY, LocalDate.of(2026, 5, 1), 200, 20_000,
                new DayWindow(LocalDate.of(2025, 10, 13), LocalDate.of(2025, 10, 19)),
                new DayWindow(LocalDate.of(2025, 11, 15), LocalDate.of(2025, 11, 21)), 3);
    }

    public DayWindow resignationWindow(CouncilType type) {
        return type == CouncilType.CITY ? cityResignationWindow : villageResignationWindow;
    }

    public EligibilityPolicy withAgeReference(AgeReference reference) {
        return new EligibilityPolicy(minimumAge, reference, electionDay, villageHouseholdsThreshold,
                cityPopulationThreshold, cityResignationWindow, villageResignationWindow, criminalRecordValidMonths);
    }
}
