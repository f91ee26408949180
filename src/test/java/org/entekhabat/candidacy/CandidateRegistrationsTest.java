package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.entekhabat.DatabaseTest;
import org.entekhabat.audit.AuditFilter;
import org.entekhabat.audit.AuditLog;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.registry.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-01-12T06:00:00Z") // 1404/10/22 09:30 Tehran
class CandidateRegistrationsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 12);

    @TestConfiguration
    static class Config {
        @Bean
        @Primary
        SwitchableWindow testWindow() {
            return new SwitchableWindow();
        }
    }

    /** The registration window (the schedule backs it; see CandidacyWholePathTest); here a switch. */
    static class SwitchableWindow implements RegistrationWindow {
        volatile boolean open = true;

        @Override
        public Answer check(CouncilType type, String constituencyId, Instant at) {
            return open ? Answer.opened() : Answer.closed("مهلت ثبت‌نام به پایان رسیده است.", "Registration is closed.");
        }
    }

    @Autowired CandidateRegistrations registrations;
    @Autowired SwitchableWindow window;
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;

    static final String LARGE = ElectionFixture.ARAK, SMALL = ElectionFixture.KARCHAN;
    static final String VILLAGE = ElectionFixture.VILLAGE_A, OTHER_VILLAGE = ElectionFixture.VILLAGE_B;

    @BeforeEach
    void election() {
        ElectionFixture.load(imports, elections);
    }

    boolean audited(String action, String subject) {
        return audit.entries(new AuditFilter(null, action, subject), 0, 10).total() > 0;
    }

    @AfterEach
    void reopen() {
        window.open = true;
    }

    long rowsFor(Person p) {
        return jdbc.sql("select count(*) from candidate_application where national_code = :c").param("c", p.code().value())
                .query(Long.class).single();
    }

    @Test
    void registerSubmitWithdraw() {
        Person p = Candidates.person(TODAY, Person.Sex.MALE);
        var draft = registrations.saveDraft(null, Candidates.draft(p, LARGE), Candidates.documents(p));
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.trackingId()).isNull();
        assertThat(draft.documents()).hasSize(4).allSatisfy(d -> assertThat(d.sha256()).hasSize(64));
        assertThat(registrations.findingsOf(draft)).allMatch(EligibilityFinding::met);

        var submitted = registrations.submit(draft.id());
        assertThat(submitted.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(TrackingId.isValid(submitted.trackingId())).isTrue();
        assertThat(registrations.byTrackingId(submitted.trackingId().toLowerCase())).get()
                .extracting(CandidateApplication::id).isEqualTo(draft.id());
        assertThat(submitted.answers()).containsEntry("motivation", "خدمت به مردم");
        assertThat(audited("candidacy.submitted", "candidate:" + submitted.trackingId())).isTrue();

        var withdrawn = registrations.withdraw(submitted.trackingId(), p.code().value(), "انصراف شخصی");
        assertThat(withdrawn.status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(audited("candidacy.withdrawn", "candidate:" + submitted.trackingId())).isTrue();
        refused(() -> registrations.withdraw(submitted.trackingId(), p.code().value(), ""), "candidacy.already-withdrawn");
    }

    @Test
    void aBadSecondDocumentLeavesNothingHalfSaved() {
        Person p = Candidates.person(TODAY, Person.Sex.FEMALE);
        var docs = List.of(
                new UploadedDocument(DocumentType.CRIMINAL_RECORD_CERTIFICATE, "ok.pdf", "application/pdf", Candidates.PDF),
                new UploadedDocument(DocumentType.PHOTO, "fake.png", "image/png", "GIF89a....".getBytes()));
        refused(() -> registrations.saveDraft(null, Candidates.draft(p, LARGE), docs), "document.type");
        assertThat(rowsFor(p)).isZero();
        assertThat(jdbc.sql("select count(*) from candidate_document d join candidate_application a on a.id = d.application_id "
                + "where a.national_code = :c").param("c", p.code().value()).query(Long.class).single()).isZero();
    }

    @Test
    void aFailedSubmitChangesNothing() {
        Person p = Candidates.person(TODAY, Person.Sex.MALE);
        var draft = registrations.saveDraft(null, Candidates.draft(p, LARGE), List.of());
        var e = refused(() -> registrations.submit(draft.id()), "candidacy.not-ready");
        assertThat(e.status()).isEqualTo(422);
        assertThat(registrations.byId(draft.id())).get().extracting(CandidateApplication::status).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void oneConstituencyPerCouncilType() {
        Person p = Candidates.person(TODAY, Person.Sex.FEMALE);
        registrations.register(Candidates.draft(p, LARGE), Candidates.documents(p));
        var e = refused(() -> registrations.saveDraft(null, Candidates.draft(p, SMALL), List.of()), "candidacy.one-constituency");
        assertThat(e.messageFa()).contains(registrations.findConstituency(LARGE).orElseThrow().name());
        assertThat(rowsFor(p)).isEqualTo(1);
        // a village council is another council type: allowed
        assertThat(registrations.saveDraft(null, Candidates.draft(p, VILLAGE), List.of()).status())
                .isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void outsideTheWindowNothingIsSaved() {
        Person p = Candidates.person(TODAY, Person.Sex.MALE);
        var draft = registrations.saveDraft(null, Candidates.draft(p, LARGE), Candidates.documents(p));
        window.open = false;
        var e = refused(() -> registrations.saveDraft(null, Candidates.draft(Candidates.person(TODAY, Person.Sex.MALE), LARGE),
                List.of()), "candidacy.window-closed");
        assertThat(e.messageFa()).contains("مهلت");
        refused(() -> registrations.submit(draft.id()), "candidacy.window-closed");
        assertThat(registrations.byId(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void identityIsConfirmedAgainstTheCivilRegistry() {
        Person p = Candidates.person(TODAY, Person.Sex.MALE);
        var wrongName = Candidates.draft(p, LARGE);
        wrongName = new ApplicationDraft(wrongName.nationalCode(), "نام‌دیگر", p.lastName(), p.birthDate(), LARGE,
                null, null, null, null, null, null, false, null);
        ApplicationDraft finalWrongName = wrongName;
        refused(() -> registrations.saveDraft(null, finalWrongName, List.of()), "candidacy.identity-mismatch");
        var unknown = new ApplicationDraft(NationalCode.withCheckDigit("912345678").value(), "x", "y", p.birthDate(), LARGE,
                null, null, null, null, null, null, false, null);
        refused(() -> registrations.saveDraft(null, unknown, List.of()), "candidacy.identity-unknown");
        var dead = new ApplicationDraft(NationalCode.withCheckDigit("123456700").value(), "x", "y", p.birthDate(), LARGE,
                null, null, null, null, null, null, false, null);
        refused(() -> registrations.saveDraft(null, dead, List.of()), "candidacy.identity-deceased");
        assertThat(rowsFor(p)).isZero();
    }

    @Test
    void noWithdrawalOnceTheListIsFinal() {
        Person p = Candidates.person(TODAY, Person.Sex.FEMALE);
        var constituency = OTHER_VILLAGE;
        var a = registrations.register(Candidates.draft(p, constituency), Candidates.documents(p));
        registrations.finalizeList(constituency, CouncilType.VILLAGE, "hq:test");
        refused(() -> registrations.withdraw(a.trackingId(), p.code().value(), ""), "candidacy.list-final");
    }

    @Test
    void statisticsCountSubmittedApplications() {
        Person p = Candidates.person(TODAY, Person.Sex.FEMALE);
        registrations.register(Candidates.draft(p, SMALL), Candidates.documents(p));
        var s = registrations.statistics(SMALL);
        assertThat(s.total()).isPositive();
        assertThat(s.byDay()).anyMatch(c -> c.key().equals("2026-01-12"));
        assertThat(s.bySex()).anyMatch(c -> c.key().equals("FEMALE"));
        assertThat(s.byEducation()).anyMatch(c -> c.key().equals("MASTER"));
        assertThat(s.byAgeBand()).isNotEmpty();
        assertThat(s.byPriorMembership()).anyMatch(c -> c.key().equals("new"));
    }

    static DomainException refused(Runnable r, String code) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(DomainException.class, r::run);
        assertThat(thrown).as("expected refusal " + code).isNotNull();
        assertThat(thrown.code()).isEqualTo(code);
        assertThat(thrown.messageFa()).isNotBlank();
        return thrown;
    }
}
