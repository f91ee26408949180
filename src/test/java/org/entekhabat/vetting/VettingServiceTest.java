package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.NewUser;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.AuditEvent;
import org.entekhabat.platform.DomainException;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.TestPropertySource;

@DatabaseTest
@TestPropertySource(properties = {"entekhabat.clock.fixed=2026-01-28T06:00:00Z", "entekhabat.vetting.simulator.delay=PT0S"})
class VettingServiceTest {

    @TestConfiguration
    static class Config {
        @Bean
        AuditLog vettingAuditLog() {
            return new AuditLog();
        }
    }

    static class AuditLog {
        final List<AuditEvent> events = new CopyOnWriteArrayList<>();

        @EventListener
        void on(AuditEvent e) {
            events.add(e);
        }
    }

    static final Random RANDOM = new Random();
    static final BoardVote EXEC = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6"), Set.of("e1", "e2", "e3", "e4"));
    static final BoardVote COUNTY = new BoardVote(Set.of("c1", "c2", "c3"), Set.of("c1", "c2", "c3"));
    static final BoardVote PROV = new BoardVote(Set.of("p1", "p2", "p3"), Set.of("p1", "p2"));
    static final Instant ANY = Instant.EPOCH; // the service stamps its own time

    @Autowired VettingService vetting;
    @org.springframework.boot.test.web.server.LocalServerPort int port;
    @Autowired AuditLog audit;
    @Autowired Users users;

    /** A national code for which every simulated authority answers (or none, if {@code silent}). */
    static String code(boolean oneSilent) {
        while (true) {
            String c = CivilRegistrySimulator.codeFor(RANDOM.nextLong()).value();
            long silent = Arrays.stream(Authority.values())
                    .filter(a -> InquiryAuthoritySimulator.behaviour(c, a) == InquiryAuthoritySimulator.Behaviour.SILENT).count();
            if (oneSilent ? silent == 1 : silent == 0) return c;
        }
    }

    @Test
    void rejectedObjectsProvinceApprovesThenCodesAreDrawn() throws Exception {
        String constituency = "k-" + UUID.randomUUID();
        String a = "T-" + UUID.randomUUID(), b = "T-" + UUID.randomUUID();
        vetting.open(a, code(false), constituency, Duration.ofDays(10), "governor");
        vetting.open(b, code(false), constituency, Duration.ofDays(10), "governor");

        assertThat(vetting.refreshInquiries(a)).hasSize(5).allSatisfy(i -> assertThat(i.answer()).isNotNull());
        vetting.executiveDecision(a, Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A37_EDUCATION), "مدرک کافی نیست.", EXEC, ANY));
        vetting.countyReview(a, Decision.reject(Board.COUNTY_SUPERVISORY, List.of(LegalGround.A37_EDUCATION), "تأیید", COUNTY, ANY));
        vetting.publishInitialResult(a, "county");
        vetting.object(a, "مدرک من معادل لیسانس است.");
        vetting.provincialDecision(a, Decision.approve(Board.PROVINCIAL_SUPERVISORY, "معادل‌سازی پذیرفته شد.", PROV, ANY));
        var finalA = vetting.finalise(a, "province");
        assertThat(finalA.state()).isEqualTo(new VettingState.Final(Verdict.APPROVED));

        // reloaded from the database: the same history
        var reloaded = vetting.find(a).orElseThrow();
        assertThat(reloaded.decisions()).extracting(Decision::board)
                .containsExactly(Board.EXECUTIVE, Board.COUNTY_SUPERVISORY, Board.PROVINCIAL_SUPERVISORY);
        assertThat(reloaded.decisions().getFirst().grounds()).containsExactly(LegalGround.A37_EDUCATION);
        assertThat(reloaded.decisions().getFirst().vote()).isEqualTo(EXEC);

        refused(() -> vetting.drawCandidateCodes(constituency, "seed", 10, "hq"), "vetting.draw-too-early");
        vetting.executiveDecision(b, Decision.approve(Board.EXECUTIVE, "", EXEC, ANY));
        vetting.countyReview(b, Decision.approve(Board.COUNTY_SUPERVISORY, "تأیید", COUNTY, ANY));
        vetting.publishInitialResult(b, "county");
        vetting.finalise(b, "county");

        var draw = vetting.drawCandidateCodes(constituency, "public-seed", 10, "hq");
        assertThat(draw.codes()).containsOnlyKeys(a, b);
        assertThat(vetting.candidateCodes(constituency)).get().satisfies(r -> {
            assertThat(r.codes()).isEqualTo(draw.codes());
            assertThat(r.reproducible()).isTrue();
        });
        refused(() -> vetting.drawCandidateCodes(constituency, "other", 10, "hq"), "vetting.draw-done");
        // the case API is for signed-in staff whose jurisdiction covers the case (this test constituency: the nation only)
        var api = TestHttp.api(port);
        String suffix = Long.toString(System.nanoTime(), 36);
        users.createBySystem(new NewUser("hq-" + suffix, "hq", Role.NATIONAL_HQ, Jurisdiction.NATION, "vetting-pass-1405"), "test");
        users.createBySystem(new NewUser("sup-" + suffix, "sup", Role.SUPERVISOR, Jurisdiction.county("1000001"), "vetting-pass-1405"), "test");
        users.createBySystem(new NewUser("staff-" + suffix, "staff", Role.STATION_STAFF, Jurisdiction.county("1000001"), "vetting-pass-1405"), "test");
        assertThat(api.get("/api/vetting/cases/" + a).statusCode()).isEqualTo(401);
        assertThat(api.get("/api/vetting/cases/" + a, "staff-" + suffix, "vetting-pass-1405").statusCode()).isEqualTo(403);
        assertThat(api.get("/api/vetting/cases/" + a, "sup-" + suffix, "vetting-pass-1405").statusCode()).isEqualTo(403);
        var json = api.get("/api/vetting/cases/" + a, "hq-" + suffix, "vetting-pass-1405").body();
        assertThat(json).contains("\"stage\":\"FINAL\"").contains("A37_EDUCATION").contains("مدرک کافی نیست").contains("\"e1\"");
        var grounds = api.get("/api/vetting/grounds").body();
        assertThat(grounds).contains("A43_UNKNOWN").contains("\"contentKnown\":false");
        assertThat(audit.events).filteredOn(e -> e.subject().equals("candidate:" + a)).extracting(AuditEvent::action)
                .contains("vetting.inquiries-sent", "vetting.executive-decided", "vetting.county-reviewed", "vetting.initial-result",
                        "vetting.objection-filed", "vetting.provincial-decided", "vetting.final");
    }

    @Test
    void aMissingAnswerHoldsTheBoardUntilTheDeadlineAndARefusalChangesNothing() {
        String t = "T-" + UUID.randomUUID();
        vetting.open(t, code(true), "k-" + UUID.randomUUID(), Duration.ofDays(10), "governor");
        var statuses = vetting.refreshInquiries(t).stream().map(i -> i.status(Instant.parse("2026-01-28T06:00:00Z"))).toList();
        assertThat(statuses).contains(InquiryStatus.PENDING).doesNotContain(InquiryStatus.NO_ANSWER);
        assertThat(statuses.stream().map(s -> s == InquiryStatus.PENDING).filter(x -> x).count()).isEqualTo(1);
        refused(() -> vetting.executiveDecision(t, Decision.approve(Board.EXECUTIVE, "", EXEC, ANY)), "vetting.inquiries-open");
        refused(() -> vetting.countyReview(t, Decision.approve(Board.COUNTY_SUPERVISORY, "x", COUNTY, ANY)), "vetting.illegal-transition");
        assertThat(vetting.find(t).orElseThrow().stage()).isEqualTo(VettingStage.INQUIRIES_PENDING);
        assertThat(vetting.find(t).orElseThrow().decisions()).isEmpty();
    }

    @Test
    void freeTextRejectionIsRefusedAndNotStored() {
        String t = "T-" + UUID.randomUUID();
        vetting.open(t, code(false), "k-" + UUID.randomUUID(), Duration.ofDays(10), "governor");
        refused(() -> vetting.executiveDecision(t, Decision.reject(Board.EXECUTIVE, List.of(), "سلیقه", EXEC, ANY)),
                "vetting.rejection-without-ground");
        assertThat(vetting.find(t).orElseThrow().decisions()).isEmpty();
    }

    static void refused(Runnable r, String code) {
        var e = catchThrowableOfType(DomainException.class, r::run);
        assertThat(e).as("expected " + code).isNotNull();
        assertThat(e.code()).isEqualTo(code);
    }
}
