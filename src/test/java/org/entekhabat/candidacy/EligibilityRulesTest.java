package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.entekhabat.candidacy.Facts.POLICY;
import static org.entekhabat.candidacy.Facts.REGISTRATION_DAY;

import java.time.LocalDate;
import org.entekhabat.candidacy.EligibilityFinding.Met;
import org.entekhabat.candidacy.EligibilityFinding.NeedsDocument;
import org.entekhabat.candidacy.EligibilityFinding.NotMet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Golden cases at every boundary of DOMAIN §2. */
class EligibilityRulesTest {

    @Test
    void aWellPreparedCandidateMeetsEveryRule() {
        var findings = Eligibility.evaluate(Facts.eligible(), POLICY, REGISTRATION_DAY);
        assertThat(findings).allMatch(EligibilityFinding::met);
        assertThat(findings).extracting(EligibilityFinding::article).contains("Art. 37", "Art. 37(z)", "Art. 41");
    }

    @Test
    void anEmptyDraftNeedsDocumentsAndIsNeverSilentlyMet() {
        var findings = Eligibility.evaluate(CandidateFacts.empty(), POLICY, REGISTRATION_DAY);
        assertThat(findings).filteredOn(f -> f instanceof NeedsDocument).hasSize(5);
        assertThat(findings).filteredOn(f -> f.rule().equals("art41-resignation")).allMatch(EligibilityFinding::met);
        assertThat(findings).allSatisfy(f -> assertThat(f.fa()).isNotBlank());
    }

    @Nested
    class Age {
        final AgeRule rule = new AgeRule();

        @Test
        void twentyFourYears364DaysIsTooYoung() {
            LocalDate birth = REGISTRATION_DAY.minusYears(25).plusDays(1); // 25th birthday is tomorrow
            var f = rule.check(Facts.with(Facts.eligible(), birth), POLICY, REGISTRATION_DAY);
            assertThat(f).isInstanceOf(NotMet.class);
            assertThat(f.fa()).contains("۲۵").contains("سال تمام");
        }

        @Test
        void twentyFiveOnTheDayPasses() {
            LocalDate birth = REGISTRATION_DAY.minusYears(25);
            assertThat(rule.check(Facts.with(Facts.eligible(), birth), POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
        }

        @Test
        void theReferenceDayIsConfigurable() {
            LocalDate birth = REGISTRATION_DAY.minusYears(25).plusDays(30); // 25 by election day, not at registration
            var facts = Facts.with(Facts.eligible(), birth);
            assertThat(rule.check(facts, POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
            assertThat(rule.check(facts, POLICY.withAgeReference(AgeReference.ELECTION_DAY), REGISTRATION_DAY))
                    .isInstanceOf(Met.class);
        }

        @Test
        void thereIsNoMaximumAge() {
            var f = rule.check(Facts.with(Facts.eligible(), LocalDate.of(1920, 1, 1)), POLICY, REGISTRATION_DAY);
            assertThat(f).isInstanceOf(Met.class);
        }
    }

    @Nested
    class Education {
        final EducationRule rule = new EducationRule();

        EligibilityFinding check(Constituency c, EducationLevel level) {
            return rule.check(Facts.eligible().withConstituency(c).withEducation(level), POLICY, REGISTRATION_DAY);
        }

        @Test
        void village200HouseholdsNeedsLiteracy201NeedsDiploma() {
            assertThat(EducationRule.required(Facts.village(200), POLICY)).isEqualTo(EducationLevel.LITERACY);
            assertThat(EducationRule.required(Facts.village(201), POLICY)).isEqualTo(EducationLevel.DIPLOMA);
            assertThat(check(Facts.village(200), EducationLevel.LITERACY)).isInstanceOf(Met.class);
            assertThat(check(Facts.village(201), EducationLevel.LITERACY)).isInstanceOf(NotMet.class);
            assertThat(check(Facts.village(201), EducationLevel.DIPLOMA)).isInstanceOf(Met.class);
        }

        @Test
        void city20000NeedsAssociate20001NeedsBachelor() {
            assertThat(EducationRule.required(Facts.city(20_000), POLICY)).isEqualTo(EducationLevel.ASSOCIATE);
            assertThat(EducationRule.required(Facts.city(20_001), POLICY)).isEqualTo(EducationLevel.BACHELOR);
            assertThat(check(Facts.city(20_000), EducationLevel.ASSOCIATE)).isInstanceOf(Met.class);
            assertThat(check(Facts.city(20_001), EducationLevel.ASSOCIATE)).isInstanceOf(NotMet.class);
            assertThat(check(Facts.city(20_001), EducationLevel.BACHELOR)).isInstanceOf(Met.class);
        }

        @Test
        void aVeteranWithOneLevelLessPassesTwoLevelsLessFails() {
            var veteran = Facts.allowance(Facts.eligible().withConstituency(Facts.city(50_000)), EducationAllowance.VETERAN);
            assertThat(rule.check(veteran.withEducation(EducationLevel.ASSOCIATE), POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
            assertThat(rule.check(veteran.withEducation(EducationLevel.DIPLOMA), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
        }

        @Test
        void everyAllowanceGroundGivesExactlyOneLevel() {
            for (EducationAllowance ground : EducationAllowance.values()) {
                var c = Facts.allowance(Facts.eligible().withConstituency(Facts.village(500)), ground);
                assertThat(rule.check(c.withEducation(EducationLevel.MIDDLE_SCHOOL), POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
                assertThat(rule.check(c.withEducation(EducationLevel.LITERACY), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
            }
        }

        @Test
        void withoutAnAllowanceOneLevelLessFails() {
            assertThat(check(Facts.city(50_000), EducationLevel.ASSOCIATE)).isInstanceOf(NotMet.class);
            assertThat(check(Facts.city(50_000), EducationLevel.ASSOCIATE).fa()).contains("لیسانس");
        }

        @Test
        void theAllowanceNeverGoesBelowLiteracy() {
            var c = Facts.allowance(Facts.eligible().withConstituency(Facts.village(100)), EducationAllowance.MARTYR_CHILD);
            assertThat(rule.check(c.withEducation(EducationLevel.NONE), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
        }
    }

    @Nested
    class Resignation {
        final ResignationRule rule = new ResignationRule();
        final LocalDate windowLast = POLICY.cityResignationWindow().last();

        @Test
        void acceptedInsideTheWindowPasses() {
            var f = Facts.offices(Facts.eligible(), new HeldOffice(Art41Office.MAYOR, windowLast));
            assertThat(rule.check(f, POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
        }

        @Test
        void acceptedOneDayAfterTheWindowFails() {
            var f = Facts.offices(Facts.eligible(), new HeldOffice(Art41Office.MAYOR, windowLast.plusDays(1)));
            var finding = rule.check(f, POLICY, REGISTRATION_DAY);
            assertThat(finding).isInstanceOf(NotMet.class);
            assertThat(finding.fa()).contains("شهردار");
        }

        @Test
        void noAcceptanceYetNeedsTheCertificate() {
            var f = Facts.offices(Facts.eligible(), new HeldOffice(Art41Office.COUNTY_GOVERNOR, null));
            assertThat(rule.check(f, POLICY, REGISTRATION_DAY)).isInstanceOf(NeedsDocument.class);
        }

        @Test
        void villageCandidatesHaveTheirOwnWindow() {
            var village = Facts.offices(Facts.eligible().withConstituency(Facts.village(300)),
                    new HeldOffice(Art41Office.SITTING_COUNCIL_MEMBER, POLICY.villageResignationWindow().last()));
            assertThat(rule.check(village, POLICY, LocalDate.of(2026, 2, 13))).isInstanceOf(Met.class);
        }

        @Test
        void theCatalogueCoversTheOfficesOfDomain2() {
            assertThat(Art41Office.values()).hasSizeGreaterThanOrEqualTo(15);
            for (Art41Office o : Art41Office.values()) assertThat(o.fa()).isNotBlank();
        }
    }

    @Nested
    class MilitaryService {
        final MilitaryServiceRule rule = new MilitaryServiceRule();

        @Test
        void menNeedACardOrPermanentExemption() {
            for (MilitaryServiceStatus s : MilitaryServiceStatus.values()) {
                var f = rule.check(Facts.military(Facts.eligible(), Sex.MALE, s), POLICY, REGISTRATION_DAY);
                assertThat(f.met()).as(s.name()).isEqualTo(s == MilitaryServiceStatus.COMPLETED || s == MilitaryServiceStatus.PERMANENT_EXEMPTION);
            }
            assertThat(rule.check(Facts.military(Facts.eligible(), Sex.MALE, null), POLICY, REGISTRATION_DAY))
                    .isInstanceOf(NeedsDocument.class);
        }

        @Test
        void womenNeedNone() {
            assertThat(rule.check(Facts.military(Facts.eligible(), Sex.FEMALE, null), POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
        }
    }

    @Nested
    class CriminalRecord {
        final CriminalRecordRule rule = new CriminalRecordRule();

        @Test
        void threeJalaliMonthsToTheDayPassesOneDayMoreFails() {
            LocalDate issued = LocalDate.of(2025, 10, 19); // 1404/07/27, the first day city candidates could apply
            LocalDate last = LocalDate.of(2026, 1, 17);    // 1404/10/27, the last day of city registration
            assertThat(CriminalRecordRule.validThrough(issued, POLICY)).isEqualTo(last);
            var facts = Facts.criminalRecord(Facts.eligible(), issued);
            assertThat(rule.check(facts, POLICY, last)).isInstanceOf(Met.class);
            assertThat(rule.check(facts, POLICY, last.plusDays(1))).isInstanceOf(NotMet.class);
        }

        @Test
        void aCertificateFromTheFutureIsRefused() {
            var facts = Facts.criminalRecord(Facts.eligible(), REGISTRATION_DAY.plusDays(1));
            assertThat(rule.check(facts, POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
        }

        @Test
        void missingCertificateIsNeeded() {
            assertThat(rule.check(Facts.criminalRecord(Facts.eligible(), null), POLICY, REGISTRATION_DAY))
                    .isInstanceOf(NeedsDocument.class);
        }
    }

    @Nested
    class CertificateCode {
        final EducationCertificateCodeRule rule = new EducationCertificateCodeRule();

        @Test
        void exactlyTwentyDigits() {
            assertThat(rule.check(Facts.code(Facts.eligible(), "1234567890123456789"), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
            assertThat(rule.check(Facts.code(Facts.eligible(), "12345678901234567890"), POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
            assertThat(rule.check(Facts.code(Facts.eligible(), "123456789012345678901"), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
            assertThat(rule.check(Facts.code(Facts.eligible(), "1234567890123456789X"), POLICY, REGISTRATION_DAY)).isInstanceOf(NotMet.class);
        }

        @Test
        void persianDigitsAndDashesAreAccepted() {
            var f = Facts.code(Facts.eligible(), "۱۲۳۴۵-۶۷۸۹۰-۱۲۳۴۵-۶۷۸۹۰");
            assertThat(rule.check(f, POLICY, REGISTRATION_DAY)).isInstanceOf(Met.class);
        }
    }
}
