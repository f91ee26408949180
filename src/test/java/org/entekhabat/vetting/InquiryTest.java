package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.junit.jupiter.api.Test;

class InquiryTest {

    static final Instant SENT = Instant.parse("2026-01-18T05:00:00Z");
    static final Instant DEADLINE = SENT.plus(Duration.ofDays(10));

    static Inquiry inquiry(Authority a) {
        return new Inquiry("T", "0012345679", a, SENT, DEADLINE, null);
    }

    @Test
    void statusesAtTheDeadline() {
        var i = inquiry(Authority.POLICE);
        assertThat(i.status(DEADLINE.minusSeconds(1))).isEqualTo(InquiryStatus.PENDING);
        assertThat(i.status(DEADLINE)).isEqualTo(InquiryStatus.NO_ANSWER);
        assertThat(i.withAnswer(InquiryAnswer.clear(DEADLINE)).status(DEADLINE)).isEqualTo(InquiryStatus.CLEAR);
        assertThat(i.withAnswer(InquiryAnswer.clear(DEADLINE.plusSeconds(1))).status(DEADLINE.plusSeconds(1))).isEqualTo(InquiryStatus.LATE);
        assertThat(i.withAnswer(InquiryAnswer.finding(SENT, "x")).status(SENT)).isEqualTo(InquiryStatus.FINDING);
    }

    @Test
    void lateOrMissingIsNeverClear() {
        var list = new ArrayList<Inquiry>();
        for (Authority a : Authority.values()) list.add(inquiry(a).withAnswer(InquiryAnswer.clear(SENT)));
        assertThat(Inquiry.allAnsweredInTime(list, DEADLINE)).isTrue();
        list.set(2, inquiry(Authority.values()[2]).withAnswer(InquiryAnswer.clear(DEADLINE.plusSeconds(5))));
        assertThat(Inquiry.allAnsweredInTime(list, DEADLINE.plusSeconds(10))).isFalse();
        list.set(2, inquiry(Authority.values()[2]));
        assertThat(Inquiry.allAnsweredInTime(list, DEADLINE.plusSeconds(10))).isFalse();
        assertThat(Inquiry.allAnsweredInTime(list.subList(0, 4), DEADLINE)).isFalse();
    }

    @Test
    void theSimulatorIsDeterministicAndAnswersAfterItsDelay() {
        var sim = new InquiryAuthoritySimulator(Duration.ofDays(2));
        var seen = new EnumMap<InquiryAuthoritySimulator.Behaviour, Integer>(InquiryAuthoritySimulator.Behaviour.class);
        for (long seed = 1; seed <= 400; seed++) {
            String code = CivilRegistrySimulator.codeFor(seed).value();
            for (Authority a : Authority.values()) {
                var b = InquiryAuthoritySimulator.behaviour(code, a);
                assertThat(InquiryAuthoritySimulator.behaviour(code, a)).isEqualTo(b);
                seen.merge(b, 1, Integer::sum);
                var i = new Inquiry("T", code, a, SENT, DEADLINE, null);
                assertThat(sim.answer(i, SENT.plus(Duration.ofDays(2)).minusSeconds(1))).isEmpty();
                var later = sim.answer(i, SENT.plus(Duration.ofDays(7)));
                switch (b) {
                    case CLEAR -> assertThat(later).get().extracting(InquiryAnswer::finding).isEqualTo(false);
                    case FINDING -> assertThat(later).get().extracting(InquiryAnswer::finding).isEqualTo(true);
                    case SLOW -> assertThat(later).isPresent();
                    case SILENT -> assertThat(sim.answer(i, SENT.plus(Duration.ofDays(365)))).isEmpty();
                }
            }
        }
        assertThat(seen).containsKeys(InquiryAuthoritySimulator.Behaviour.values());
        assertThat(seen.get(InquiryAuthoritySimulator.Behaviour.CLEAR)).isGreaterThan(1_400);
    }

    @Test
    void aSlowAnswerAfterTheDeadlineShowsAsLate() {
        var sim = new InquiryAuthoritySimulator(Duration.ofDays(4)); // slow = 12 days > 10-day deadline
        for (long seed = 1; seed <= 400; seed++) {
            String code = CivilRegistrySimulator.codeFor(seed).value();
            for (Authority a : Authority.values()) {
                if (InquiryAuthoritySimulator.behaviour(code, a) != InquiryAuthoritySimulator.Behaviour.SLOW) continue;
                var i = new Inquiry("T", code, a, SENT, DEADLINE, null);
                Instant now = SENT.plus(Duration.ofDays(20));
                assertThat(i.withAnswer(sim.answer(i, now).orElseThrow()).status(now)).isEqualTo(InquiryStatus.LATE);
                return;
            }
        }
        throw new AssertionError("no slow case in 400 seeds");
    }
}
