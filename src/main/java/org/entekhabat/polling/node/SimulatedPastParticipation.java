package org.entekhabat.polling.node;

import java.util.Optional;
import org.entekhabat.polling.VoterEligibility;
import org.entekhabat.registry.Person;

/**
 * SIMULATOR of "where did this voter vote in the last general election" for the OLD by-election
 * rule: derived from the national code, about one voter in seven voted in another county
 * ({@code ELSEWHERE}), the others did not vote or are treated as having voted here.
 */
final class SimulatedPastParticipation implements VoterEligibility.PastParticipation {

    static final String ELSEWHERE = "ELSEWHERE";

    @Override
    public Optional<String> lastGeneralElectionCounty(Person person) {
        long n = Long.parseLong(person.code().value().substring(0, 9));
        return n % 7 == 3 ? Optional.of(ELSEWHERE) : Optional.empty();
    }
}
