package org.entekhabat.election;

/**
 * OLD rule (1396/1400 announcements, DOMAIN §7, §9 q8): in cities under 100,000 people a voter (or the
 * dependants they support) must have lived there for the past year. Configurable in the election file.
 */
public record ResidenceRule(boolean enabled, long populationThreshold, int years) {

    public static final ResidenceRule OLD_1400 = new ResidenceRule(true, 100_000, 1);

    /** Whether voters of a city council of this population must prove residence. Unknown population: yes (the cautious side). */
    public boolean requiredFor(Long population) {
        return enabled && (population == null || population < populationThreshold);
    }
}
