package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

/** Every transition of the vetting state machine, and every refusal. */
class VettingCaseTest {

    static final VettingRules RULES = VettingRules.defaults();
    static final Instant T0 = Instant.parse("2026-01-28T05:00:00Z");
    static final Instant DEADLINE = T0.plus(Duration.ofDays(10));
    static final BoardVote EXEC_VOTE = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6", "e7"), Set.of("e1", "e2", "e3", "e4"));
    static final BoardVote COUNTY_VOTE = new BoardVote(Set.of("c1", "c2", "c3"), Set.of("c1", "c2"));
    static final BoardVote PROV_VOTE = new BoardVote(Set.of("p1", "p2", "p3", "p4", "p5"), Set.of("p1", "p2", "p3"));

    static VettingCase pending() {
        return VettingCase.register("K7M2-9QXP-R").sendInquiries(T0, DEADLINE);
    }

    static Decision execReject(Instant at) {
        return Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A37_CRIMINAL_RECORD), "گواهی سوءپیشینه مؤثر دارد.", EXEC_VOTE, at);
    }

    static VettingCase rejectedInitially() {
        return pending().executiveDecision(execReject(DEADLINE), false, RULES)
                .countyReview(Decision.reject(Board.COUNTY_SUPERVISORY, List.of(LegalGround.A37_CRIMINAL_RECORD), "تأیید رأی هیأت اجرایی",
                        COUNTY_VOTE, DEADLINE.plusSeconds(3600)), RULES)
                .publishInitialResult(DEADLINE.plus(Duration.ofDays(2)), RULES);
    }

    static void refused(Runnable step, String code) {
        assertThatThrownBy(step::run).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("vetting." + code))
                .satisfies(e -> assertThat(((DomainException) e).messageFa()).isNotBlank());
    }

    @Test
    void approvedAllTheWay() {
        var c = pending()
                .executiveDecision(Decision.approve(Board.EXECUTIVE, "", EXEC_VOTE, T0.plusSeconds(60)), true, RULES)
                .countyReview(Decision.approve(Board.COUNTY_SUPERVISORY, "تأیید رأی هیأت اجرایی", COUNTY_VOTE, T0.plusSeconds(120)), RULES)
                .publishInitialResult(T0.plusSeconds(180), RULES)
                .finalise(T0.plusSeconds(240));
        assertThat(c.state()).isEqualTo(new VettingState.Final(Verdict.APPROVED));
        assertThat(c.decisions()).extracting(Decision::board).containsExactly(Board.EXECUTIVE, Board.COUNTY_SUPERVISORY);
    }

    @Test
    void countyOverturnsARejection() {
        var c = pending().executiveDecision(execReject(DEADLINE), false, RULES)
                .countyReview(Decision.approve(Board.COUNTY_SUPERVISORY, "حکم قطعی وجود ندارد.", COUNTY_VOTE, DEADLINE.plusSeconds(1)), RULES);
        assertThat(c.state()).isInstanceOf(VettingState.CountyReviewed.class);
        assertThat(((VettingState.CountyReviewed) c.state()).overturned()).isTrue();
    }

    @Test
    void rejectedObjectsAndTheProvinceDecides() {
        var c = rejectedInitially();
        var published = ((VettingState.InitialResult) c.state()).publishedAt();
        c = c.object("حکم من نقض شده است.", published.plus(Duration.ofDays(3)));
        assertThat(c.stage()).isEqualTo(VettingStage.OBJECTION);
        c = c.provincialDecision(Decision.approve(Board.PROVINCIAL_SUPERVISORY, "حکم نقض شده است.", PROV_VOTE,
                published.plus(Duration.ofDays(5))), RULES);
        assertThat(c.stage()).isEqualTo(VettingStage.PROVINCIAL_DECIDED);
        assertThat(c.finalise(published.plus(Duration.ofDays(6))).state()).isEqualTo(new VettingState.Final(Verdict.APPROVED));
    }

    @Test
    void rejectedWithoutObjectionBecomesFinalOnlyAfterTheObjectionPeriod() {
        var c = rejectedInitially();
        var published = ((VettingState.InitialResult) c.state()).publishedAt();
        refused(() -> c.finalise(published.plus(Duration.ofDays(4)).minusSeconds(1)), "objection-period-open");
        assertThat(c.finalise(published.plus(Duration.ofDays(4))).state()).isEqualTo(new VettingState.Final(Verdict.REJECTED));
    }

    @Test
    void objectionOnTheLastSecondIsAcceptedAtTheDeadlineRefused() {
        var c = rejectedInitially();
        var published = ((VettingState.InitialResult) c.state()).publishedAt();
        assertThat(c.object("اعتراض", published.plus(Duration.ofDays(4)).minusSeconds(1)).stage()).isEqualTo(VettingStage.OBJECTION);
        refused(() -> c.object("اعتراض", published.plus(Duration.ofDays(4))), "objection-late");
        refused(() -> c.object("  ", published), "objection-text");
    }

    @Test
    void anApprovedCandidateCannotObject() {
        var c = pending().executiveDecision(Decision.approve(Board.EXECUTIVE, "", EXEC_VOTE, DEADLINE), false, RULES)
                .countyReview(Decision.approve(Board.COUNTY_SUPERVISORY, "تأیید", COUNTY_VOTE, DEADLINE), RULES)
                .publishInitialResult(DEADLINE, RULES);
        refused(() -> c.object("اعتراض", DEADLINE), "objection-approved");
    }

    @Test
    void theBoardWaitsForInquiriesOrTheDeadline() {
        refused(() -> pending().executiveDecision(execReject(DEADLINE.minusSeconds(1)), false, RULES), "inquiries-open");
        assertThat(pending().executiveDecision(execReject(DEADLINE.minusSeconds(1)), true, RULES).stage())
                .isEqualTo(VettingStage.EXECUTIVE_DECIDED);
        assertThat(pending().executiveDecision(execReject(DEADLINE), false, RULES).stage()).isEqualTo(VettingStage.EXECUTIVE_DECIDED);
    }

    @Test
    void freeTextAloneIsRefused() {
        var noGround = Decision.reject(Board.EXECUTIVE, List.of(), "به نظر ما مناسب نیست.", EXEC_VOTE, DEADLINE);
        refused(() -> pending().executiveDecision(noGround, true, RULES), "rejection-without-ground");
    }

    @Test
    void aRejectionNeedsAWrittenReason() {
        var noReason = Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A42_DRUGS), " ", EXEC_VOTE, DEADLINE);
        refused(() -> pending().executiveDecision(noReason, true, RULES), "reason-missing");
    }

    @Test
    void aGroundOfUnknownTextCannotCarryARejectionAlone() {
        var unknown = Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A43_UNKNOWN), "ماده ۴۳", EXEC_VOTE, DEADLINE);
        refused(() -> pending().executiveDecision(unknown, true, RULES), "rejection-unknown-ground");
        var withKnown = Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A43_UNKNOWN, LegalGround.A37_EDUCATION), "مدرک", EXEC_VOTE, DEADLINE);
        assertThat(pending().executiveDecision(withKnown, true, RULES).stage()).isEqualTo(VettingStage.EXECUTIVE_DECIDED);
    }

    @Test
    void quorumIsEnforced() {
        var fewPresent = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5"), Set.of("e1", "e2", "e3", "e4", "e5"));
        refused(() -> pending().executiveDecision(Decision.approve(Board.EXECUTIVE, "", fewPresent, DEADLINE), true, RULES), "quorum");
        var tie = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6"), Set.of("e1", "e2", "e3"));
        refused(() -> pending().executiveDecision(Decision.approve(Board.EXECUTIVE, "", tie, DEADLINE), true, RULES), "quorum");
        var bare = new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6"), Set.of("e1", "e2", "e3", "e4"));
        assertThat(pending().executiveDecision(Decision.approve(Board.EXECUTIVE, "", bare, DEADLINE), true, RULES).stage())
                .isEqualTo(VettingStage.EXECUTIVE_DECIDED);
    }

    @Test
    void aVoterMustBePresent() {
        assertThatThrownBy(() -> new BoardVote(Set.of("e1"), Set.of("e2"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSupervisoryBoardsMustGiveReasonsEvenWhenConfirmingApproval() {
        var c = pending().executiveDecision(Decision.approve(Board.EXECUTIVE, "", EXEC_VOTE, DEADLINE), true, RULES);
        refused(() -> c.countyReview(Decision.approve(Board.COUNTY_SUPERVISORY, "", COUNTY_VOTE, DEADLINE), RULES), "reason-missing");
    }

    @Test
    void theWrongBoardIsRefused() {
        var c = pending();
        refused(() -> c.executiveDecision(Decision.approve(Board.COUNTY_SUPERVISORY, "x", COUNTY_VOTE, DEADLINE), true, RULES), "wrong-board");
    }

    @Test
    void illegalTransitionsAreRefusedAtEveryStage() {
        var registered = VettingCase.register("X");
        refused(() -> registered.executiveDecision(execReject(DEADLINE), true, RULES), "illegal-transition");
        refused(() -> registered.publishInitialResult(T0, RULES), "illegal-transition");
        refused(() -> registered.finalise(T0), "illegal-transition");
        refused(() -> pending().sendInquiries(T0, DEADLINE), "illegal-transition");
        refused(() -> pending().countyReview(Decision.approve(Board.COUNTY_SUPERVISORY, "x", COUNTY_VOTE, T0), RULES), "illegal-transition");
        var decided = pending().executiveDecision(execReject(DEADLINE), false, RULES);
        refused(() -> decided.publishInitialResult(DEADLINE, RULES), "illegal-transition");
        refused(() -> decided.object("x", DEADLINE), "illegal-transition");
        var initial = rejectedInitially();
        refused(() -> initial.provincialDecision(Decision.approve(Board.PROVINCIAL_SUPERVISORY, "x", PROV_VOTE, T0), RULES), "illegal-transition");
        var fin = initial.finalise(DEADLINE.plus(Duration.ofDays(30)));
        refused(() -> fin.object("x", DEADLINE), "illegal-transition");
        refused(() -> fin.finalise(DEADLINE), "illegal-transition");
        refused(() -> VettingCase.register("Y").sendInquiries(T0, T0), "deadline");
    }

    @Test
    void theCatalogueNamesArticlesAndBothLanguages() {
        for (LegalGround g : LegalGround.values()) {
            assertThat(g.article()).startsWith("Art. ");
            assertThat(g.fa()).isNotBlank();
            assertThat(g.en()).isNotBlank();
            assertThat(LegalGround.byCode(g.code())).contains(g);
        }
        assertThat(LegalGround.A37_EDUCATION.citation()).isEqualTo("Art. 37(z)");
        assertThat(LegalGround.values()).filteredOn(g -> g.article().equals("Art. 42")).hasSize(11);
    }
}
