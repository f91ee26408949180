package org.entekhabat.vetting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InquiryReminderRuleTest {

    static final Instant SENT = Instant.parse("2026-01-28T06:00:00Z");
    static final Instant DEADLINE = SENT.plus(Duration.ofDays(10));
    static final Inquiry SILENT = new Inquiry("T-1", "0000000000", Authority.POLICE, SENT, DEADLINE, null);
    static final ReminderRule RULE = ReminderRule.DEFAULT;

    @Test
    void firstReminderAtSeventyPercentNotASecondBefore() {
        Instant at70 = SENT.plus(Duration.ofDays(7));
        assertThat(RULE.due(SILENT, at70.minusSeconds(1), List.of())).isEmpty();
        assertThat(RULE.due(SILENT, at70, List.of())).contains("SHARE_70");
        assertThat(RULE.due(SILENT, at70, List.of("SHARE_70"))).isEmpty();
    }

    @Test
    void secondReminderAtTheDeadlineThenNoMore() {
        assertThat(RULE.due(SILENT, DEADLINE.minusSeconds(1), List.of("SHARE_70"))).isEmpty();
        assertThat(RULE.due(SILENT, DEADLINE, List.of("SHARE_70"))).contains("DEADLINE");
        assertThat(RULE.due(SILENT, DEADLINE.plus(Duration.ofDays(30)), List.of("SHARE_70", "DEADLINE"))).isEmpty();
    }

    @Test
    void aMissedPointIsSkippedOnlyTheLatestIsSent() {
        assertThat(RULE.due(SILENT, DEADLINE.plusSeconds(5), List.of())).contains("DEADLINE");
        assertThat(RULE.due(SILENT, DEADLINE.plusSeconds(5), List.of("DEADLINE"))).isEmpty();
    }

    @Test
    void answeredInquiriesAndTheMaximumStopReminders() {
        var answered = SILENT.withAnswer(InquiryAnswer.clear(SENT.plusSeconds(60)));
        assertThat(RULE.due(answered, DEADLINE, List.of())).isEmpty();
        assertThat(new ReminderRule(List.of(70, 100), 1).due(SILENT, DEADLINE, List.of("SHARE_70"))).isEmpty();
        assertThat(new ReminderRule(List.of(70, 100), 0).due(SILENT, DEADLINE, List.of())).isEmpty();
    }

    @Test
    void badConfigurationIsRefused() {
        assertThatThrownBy(() -> new ReminderRule(List.of(0), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(List.of(101), 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(List.of(100, 70), 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReminderRule(List.of(70), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /**
     * Random rules, periods and moments when the job runs: whatever the order, each point is reminded at most
     * once, never before it is reached, in ascending order, at most max in all, and the last point reached is
     * always reminded (if the maximum allows).
     */
    @Test
    void property_eachPointOnceNeverEarlyNeverAboveTheMaximum() {
        long seed = new Random().nextLong();
        Random r = new Random(seed);
        for (int n = 0; n < 5000; n++) {
            var percents = new ArrayList<Integer>();
            for (int p = 1 + r.nextInt(60); p <= 100; p += 1 + r.nextInt(50)) percents.add(p);
            if (r.nextBoolean() && percents.getLast() != 100) percents.add(100);
            int max = r.nextInt(percents.size() + 2);
            var rule = new ReminderRule(percents, max);
            Instant sent = SENT.plusSeconds(r.nextInt(1_000_000));
            Instant deadline = sent.plusSeconds(1 + r.nextInt(2_000_000));
            var inquiry = new Inquiry("T", "0", Authority.JUDICIARY, sent, deadline, null);
            var sentKinds = new ArrayList<String>();
            var sentAt = new ArrayList<Instant>();
            Instant now = sent;
            Instant end = deadline.plusSeconds(r.nextInt(500_000));
            while (!now.isAfter(end)) {
                Optional<String> due = rule.due(inquiry, now, sentKinds);
                if (due.isPresent()) {
                    String k = due.get();
                    int p = k.equals("DEADLINE") ? 100 : Integer.parseInt(k.substring(6));
                    String msg = "seed " + seed + " case " + n + " rule " + rule + " kinds " + sentKinds + " now " + now;
                    assertThat(sentKinds).as(msg).doesNotContain(k);
                    assertThat(now).as(msg).isAfterOrEqualTo(ReminderRule.pointAt(sent, deadline, p));
                    assertThat(percents).as(msg).contains(p);
                    if (!sentKinds.isEmpty()) {
                        String last = sentKinds.getLast();
                        int lp = last.equals("DEADLINE") ? 100 : Integer.parseInt(last.substring(6));
                        assertThat(p).as(msg).isGreaterThan(lp);
                    }
                    sentKinds.add(k);
                    sentAt.add(now);
                }
                Instant next = now.plusSeconds(1 + r.nextInt(Math.max(1, (int) Duration.between(sent, deadline).getSeconds() / 3)));
                now = now.isBefore(end) && next.isAfter(end) ? end : next; // the job always runs once at the end
            }
            String msg = "seed " + seed + " case " + n + " rule " + rule + " kinds " + sentKinds;
            assertThat(sentKinds.size()).as(msg).isLessThanOrEqualTo(max);
            if (max > 0 && !percents.isEmpty() && sentKinds.size() < max) {
                // every reachable point passed: the last one must have been reminded
                assertThat(sentKinds).as(msg).contains(ReminderRule.kind(percents.getLast()));
            }
        }
    }

    @Test
    void boardCountsLateAndMissingAsSuchNeverAsClear() {
        Instant now = DEADLINE.plusSeconds(1);
        var late = new Inquiry("T-2", "0", Authority.POLICE, SENT, DEADLINE, InquiryAnswer.clear(DEADLINE.plusSeconds(1)));
        var clear = new Inquiry("T-3", "0", Authority.POLICE, SENT, DEADLINE, InquiryAnswer.clear(SENT.plusSeconds(1)));
        var pending = new Inquiry("T-4", "0", Authority.POLICE, SENT, DEADLINE.plusSeconds(60), null);
        var board = InquiryBoard.of("1000001", now, List.of(new InquiryBoard.Entry(SILENT, "k", 2),
                new InquiryBoard.Entry(late, "k", 1), new InquiryBoard.Entry(clear, "k", 0), new InquiryBoard.Entry(pending, "k", 0)));
        var police = board.rows().stream().filter(r -> r.authority() == Authority.POLICE).findFirst().orElseThrow();
        assertThat(police).isEqualTo(new InquiryBoard.Row(Authority.POLICE, 1, 1, 0, 1, 1, 3, DEADLINE.plusSeconds(60)));
        assertThat(board.problems()).extracting(InquiryBoard.Problem::candidate, InquiryBoard.Problem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-1", InquiryStatus.NO_ANSWER),
                        org.assertj.core.groups.Tuple.tuple("T-2", InquiryStatus.LATE));
        assertThat(board.rows()).hasSize(5);
    }
}
