package org.entekhabat.polling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.registry.Person;
import org.junit.jupiter.api.Test;

/** Who may vote where (DOMAIN §7, §8): golden cases at the boundaries, and the demo packages themselves. */
class VoterEligibilityTest {

    static final StationPackage TEHRAN = StationPackageJson.demo("tehran-0001");
    static final StationPackage VILLAGE = StationPackageJson.demo("village-amanabad");
    static final NationalCode CODE = NationalCode.withCheckDigit("123456789");
    static final VoterEligibility.PastParticipation NEVER = p -> Optional.empty();

    static Optional<Person> born(LocalDate day) {
        return Optional.of(new Person(CODE, "زهرا", "احمدی", day, Person.Sex.FEMALE, true, null));
    }

    @Test
    void demoPackagesAreValid() {
        assertThat(TEHRAN.problems()).isEmpty();
        assertThat(VILLAGE.problems()).isEmpty();
        var council = TEHRAN.contestsById().get("CC-TEHRAN");
        assertThat(council.listPr()).isTrue();
        assertThat(council.maxChoices()).isEqualTo(21);
        assertThat(council.lists()).hasSize(3);
        assertThat(council.candidates().stream().filter(c -> council.listOf(c.code()) == null)).hasSize(6);
        assertThat(TEHRAN.contestsById().get("EXP-TEHRAN").kind()).isEqualTo(StationPackage.ContestKind.EXPERTS_BY_ELECTION);
        assertThat(VILLAGE.contests()).singleElement().satisfies(c -> assertThat(c.maxChoices()).isEqualTo(3));
    }

    @Test
    void eighteenFullYearsOnElectionDay() {
        var rules = VoterEligibility.defaults();
        // 1405 election day 2026-05-01 (11 Ordibehesht 1405): born on or before 11 Ordibehesht 1387 = 2008-04-30 (DOMAIN §8)
        assertThat(VoterEligibility.latestBirthDate(LocalDate.of(2026, 5, 1), 18)).isEqualTo(LocalDate.of(2008, 4, 30));
        assertThat(rules.check(born(LocalDate.of(2008, 4, 30)), TEHRAN, false, NEVER)).isInstanceOf(VoterEligibility.Outcome.Eligible.class);
        var refused = rules.check(born(LocalDate.of(2008, 5, 1)), TEHRAN, false, NEVER);
        assertThat(refused).isInstanceOfSatisfying(VoterEligibility.Outcome.Refused.class,
                r -> assertThat(r.messageFa()).contains("۱۸ سال تمام").contains("۱۱ اردیبهشت ۱۳۸۷"));
    }

    @Test
    void unknownAndDeceasedAreRefused() {
        var rules = VoterEligibility.defaults();
        assertThat(rules.check(Optional.empty(), TEHRAN, false, NEVER)).isInstanceOf(VoterEligibility.Outcome.Refused.class);
        var dead = Optional.of(new Person(CODE, "a", "b", LocalDate.of(1950, 1, 1), Person.Sex.MALE, false, null));
        assertThat(rules.check(dead, TEHRAN, false, NEVER)).isInstanceOf(VoterEligibility.Outcome.Refused.class);
    }

    @Test
    void oldResidenceRuleAppliesBelow100kOnlyAndTakesTheDeclaration() {
        var rules = new VoterEligibility(18, VoterEligibility.ResidenceRule.DECLARED_ONE_YEAR_BELOW_100K,
                VoterEligibility.ByElectionRule.ANY, Set.of());
        var adult = born(LocalDate.of(1980, 1, 1));
        assertThat(rules.check(adult, VILLAGE, false, NEVER)).isInstanceOf(VoterEligibility.Outcome.Refused.class);
        assertThat(rules.check(adult, VILLAGE, true, NEVER)).isInstanceOf(VoterEligibility.Outcome.Eligible.class);
        assertThat(rules.check(adult, TEHRAN, false, NEVER)).isInstanceOf(VoterEligibility.Outcome.Eligible.class);
    }

    @Test
    void oldByElectionRuleLeavesTheCouncilOnlyStyle() {
        var rules = new VoterEligibility(18, VoterEligibility.ResidenceRule.NONE,
                VoterEligibility.ByElectionRule.OLD_SAME_CONSTITUENCY_OR_NONE, Set.of(StationPackage.ContestKind.EXPERTS_BY_ELECTION));
        var adult = born(LocalDate.of(1980, 1, 1));
        var elsewhere = rules.check(adult, TEHRAN, false, p -> Optional.of("other-county"));
        assertThat(elsewhere).isInstanceOfSatisfying(VoterEligibility.Outcome.Eligible.class,
                e -> assertThat(TEHRAN.styleFor(e.contests()).orElseThrow().id()).isEqualTo("TEH-C"));
        var here = rules.check(adult, TEHRAN, false, p -> Optional.of(TEHRAN.countyId()));
        assertThat(here).isInstanceOfSatisfying(VoterEligibility.Outcome.Eligible.class,
                e -> assertThat(TEHRAN.styleFor(e.contests()).orElseThrow().id()).isEqualTo("TEH-CE"));
    }

    @Test
    void aBrokenPackageIsRefusedWithItsProblems() {
        String json = StationPackageJson.write(TEHRAN).replace("\"memberCodes\" : [ \"1101\"", "\"memberCodes\" : [ \"9999\"");
        assertThat(json).contains("9999");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> StationPackageJson.parse(json))
                .hasMessageContaining("unknown candidate 9999");
    }
}
