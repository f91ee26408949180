package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Seeded property tests: thousands of random candidates; the seed is in every failure message. */
class EligibilityPropertiesTest {

    private static final long SEED = Long.getLong("test.seed", System.nanoTime());
    private static final EligibilityPolicy POLICY = EligibilityPolicy.seventhPeriod();

    static CandidateFacts random(Random r) {
        Constituency c = r.nextBoolean()
                ? new Constituency("C", "c", CouncilType.CITY, r.nextInt(60_000), 0, false)
                : new Constituency("V", "v", CouncilType.VILLAGE, 0, r.nextInt(500), false);
        var levels = EducationLevel.values();
        var allowances = r.nextInt(4) == 0 ? Set.of(EducationAllowance.values()[r.nextInt(4)]) : Set.<EducationAllowance>of();
        var services = MilitaryServiceStatus.values();
        return new CandidateFacts(c, LocalDate.of(1940 + r.nextInt(75), 1 + r.nextInt(12), 1 + r.nextInt(28)),
                r.nextBoolean() ? Sex.MALE : Sex.FEMALE, levels[r.nextInt(levels.length)],
                r.nextBoolean() ? "12345678901234567890" : "123", allowances, List.of(),
                services[r.nextInt(services.length)], LocalDate.of(2025, 8 + r.nextInt(5), 1 + r.nextInt(28)), false);
    }

    @Test
    void raisingEducationNeverMakesAnEligibleCandidateIneligible() {
        var r = new Random(SEED);
        LocalDate today = LocalDate.of(2026, 1, 11);
        for (int i = 0; i < 5_000; i++) {
            CandidateFacts f = random(r);
            boolean before = Eligibility.allMet(Eligibility.evaluate(f, POLICY, today));
            for (EducationLevel higher : EducationLevel.values()) {
                if (higher.compareTo(f.education()) <= 0) continue;
                var raised = Facts.code(f.withEducation(higher), "12345678901234567890");
                boolean after = Eligibility.allMet(Eligibility.evaluate(raised, POLICY, today));
                assertThat(!before || after).as("seed %d case %d: %s -> %s", SEED, i, f, higher).isTrue();
            }
        }
    }

    @Test
    void ageIsMonotone() {
        var r = new Random(SEED);
        var rule = new AgeRule();
        for (int i = 0; i < 5_000; i++) {
            CandidateFacts f = random(r);
            LocalDate day = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(800));
            if (rule.check(f, POLICY, day).met()) {
                LocalDate later = day.plusDays(r.nextInt(3_000));
                LocalDate earlierBirth = f.birthDate().minusDays(r.nextInt(3_000));
                assertThat(rule.check(f, POLICY, later).met()).as("seed %d case %d later day", SEED, i).isTrue();
                assertThat(rule.check(Facts.with(f, earlierBirth), POLICY, day).met()).as("seed %d case %d older", SEED, i).isTrue();
            }
        }
    }

    @Test
    void aBiggerPlaceNeverAsksForLessEducation() {
        var r = new Random(SEED);
        for (int i = 0; i < 5_000; i++) {
            int a = r.nextInt(100_000), b = a + r.nextInt(100_000);
            var type = r.nextBoolean() ? CouncilType.CITY : CouncilType.VILLAGE;
            var small = EducationRule.required(new Constituency("x", "x", type, a, a, false), POLICY);
            var big = EducationRule.required(new Constituency("x", "x", type, b, b, false), POLICY);
            assertThat(big.atLeast(small)).as("seed %d case %d: %d vs %d", SEED, i, a, b).isTrue();
        }
    }

    @Test
    void criminalRecordValidityIsAContiguousRangeOfDays() {
        var r = new Random(SEED);
        var rule = new CriminalRecordRule();
        for (int i = 0; i < 2_000; i++) {
            LocalDate issued = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(900));
            var facts = Facts.criminalRecord(Facts.eligible(), issued);
            LocalDate last = CriminalRecordRule.validThrough(issued, POLICY);
            assertThat(last).as("seed %d issued %s", SEED, issued).isAfterOrEqualTo(issued.plusDays(88)).isBeforeOrEqualTo(issued.plusDays(93));
            assertThat(rule.check(facts, POLICY, last).met()).as("seed %d issued %s", SEED, issued).isTrue();
            assertThat(rule.check(facts, POLICY, last.plusDays(1)).met()).as("seed %d issued %s", SEED, issued).isFalse();
        }
    }
}
