package org.entekhabat.registry;

import java.time.LocalDate;

/** What the civil registry says of a person. */
public record Person(NationalCode code, String firstName, String lastName, LocalDate birthDate, Sex sex, boolean alive,
                     String birthCountyId) {

    public enum Sex { MALE, FEMALE }

    public String fullName() {
        return firstName + " " + lastName;
    }

    /** Full years of age on a day (a birthday on that day counts). */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(birthDate, day).getYears();
    }
}
