package org.entekhabat.voters;

import java.time.LocalDate;
import org.entekhabat.registry.Person;

/**
 * What live turnout keeps of a voter: sex and age band, nothing that identifies anyone.
 * Taken from the civil registry when central answers the claim.
 */
public record Demographics(String sex, String ageBand) {

    /** Age bands of the turnout page (the first starts at the voting age, DOMAIN §8). */
    public static final java.util.List<String> AGE_BANDS = java.util.List.of("18-24", "25-34", "35-44", "45-54", "55-64", "65+");

    public static Demographics of(Person person, LocalDate day) {
        return new Demographics(person.sex().name(), band(person.ageOn(day)));
    }

    static String band(int age) {
        if (age < 25) return "18-24";
        if (age < 35) return "25-34";
        if (age < 45) return "35-44";
        if (age < 55) return "45-54";
        if (age < 65) return "55-64";
        return "65+";
    }
}
