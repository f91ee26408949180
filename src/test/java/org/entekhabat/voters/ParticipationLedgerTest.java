package org.entekhabat.voters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entekhabat.DatabaseTest;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@DatabaseTest
class ParticipationLedgerTest {

    @Autowired ParticipationLedger ledger;
    @Autowired JdbcClient jdbc;

    static String newElection() {
        return "E-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void commitsAreDurable() {
        assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
    }

    @Test
    void aSecondClaimSaysWhereAndWhen() {
        String election = newElection();
        var code = CivilRegistrySimulator.codeFor(42);
        var first = ledger.claim(election, code, "S-1", "D-1", Channel.ELECTRONIC);
        assertThat(first).isInstanceOf(ClaimResult.Claimed.class);
        var second = ledger.claim(election, code, "S-2", "D-2", Channel.ELECTRONIC);
        assertThat(second).isEqualTo(new ClaimResult.AlreadyVoted("S-1", ((ClaimResult.Claimed) first).at(), Channel.ELECTRONIC));
        // another election is another ledger
        assertThat(ledger.claim(newElection(), code, "S-2", "D-2", Channel.ELECTRONIC)).isInstanceOf(ClaimResult.Claimed.class);
    }

    /** A retried attempt whose answer was lost is "claimed" again; a new attempt, even at the same station, is not. */
    @Test
    void aLostAnswerIsRecoveredByRetryingTheSameAttemptOnly() {
        String election = newElection();
        var code = CivilRegistrySimulator.codeFor(43);
        var first = ledger.claim(election, code, "S-1", "D-1", Channel.ELECTRONIC, null, "attempt-1");
        assertThat(first).isInstanceOf(ClaimResult.Claimed.class);
        var retried = ledger.claim(election, code, "S-1", "D-1", Channel.ELECTRONIC, null, "attempt-1");
        assertThat(retried).isEqualTo(first);
        assertThat(ledger.claim(election, code, "S-1", "D-1", Channel.ELECTRONIC, null, "attempt-2"))
                .isInstanceOf(ClaimResult.AlreadyVoted.class);
        assertThat(ledger.claim(election, code, "S-2", "D-2", Channel.ELECTRONIC, null, "attempt-1"))
                .as("another device cannot reuse a station's attempt id").isInstanceOf(ClaimResult.AlreadyVoted.class);
        assertThat(ledger.claim(election, code, "S-1", "D-1", Channel.ELECTRONIC)).isInstanceOf(ClaimResult.AlreadyVoted.class);
    }

    /**
     * Non-negotiable "one person, one vote": 2 to 4 stations claim the same voter at the same
     * instant, thousands of times; exactly one wins each time and every loser is told the winner's
     * station and time.
     */
    @Test
    void concurrentClaimsOfOneVoterHaveExactlyOneWinner() throws Exception {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        String election = newElection();
        int rounds = 2000;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int round = 0; round < rounds; round++) {
                int stations = round % 10 == 0 ? 4 : 2;
                var code = CivilRegistrySimulator.codeFor(random.nextLong());
                var barrier = new CyclicBarrier(stations);
                var futures = new ArrayList<Future<ClaimResult>>();
                for (int s = 0; s < stations; s++) {
                    String station = "S-" + s;
                    futures.add(pool.submit(() -> {
                        barrier.await();
                        return ledger.claim(election, code, station, "D-" + station, Channel.ELECTRONIC);
                    }));
                }
                var results = new ArrayList<ClaimResult>();
                for (var f : futures) results.add(f.get());
                check(results, seed, round, code);
            }
        }
        assertThat(ledger.turnout(election)).as("seed %d", seed).isEqualTo(
                jdbc.sql("select count(distinct national_code) from participation where election_id = :e")
                        .param("e", election).query(Long.class).single());
    }

    private static void check(List<ClaimResult> results, long seed, int round, NationalCode code) {
        var winners = results.stream().filter(r -> r instanceof ClaimResult.Claimed).map(r -> (ClaimResult.Claimed) r).toList();
        String why = "seed " + seed + ", round " + round + ", voter " + code + ": " + results;
        assertThat(winners).as(why).hasSize(1);
        var winner = winners.getFirst();
        results.stream().filter(r -> r instanceof ClaimResult.AlreadyVoted).forEach(r ->
                assertThat(r).as(why).isEqualTo(new ClaimResult.AlreadyVoted(winner.stationCode(), winner.at(), Channel.ELECTRONIC)));
    }

    @Test
    void paperCollisionsGoToTheAnomalyQueueOnce() {
        String election = newElection();
        var early = CivilRegistrySimulator.codeFor(1);
        var fresh = CivilRegistrySimulator.codeFor(2);
        ledger.claim(election, early, "S-1", "D-1", Channel.ELECTRONIC);
        Instant at = Instant.parse("2026-05-01T06:15:00Z");
        var register = List.of(new PaperEntry(early, at), new PaperEntry(fresh, at));
        var outcomes = ledger.recordPaper(election, "S-2", "D-2", register);
        assertThat(outcomes).extracting(PaperOutcome::kind).containsExactly(PaperOutcome.Kind.COLLISION, PaperOutcome.Kind.RECORDED);
        assertThat(outcomes.getFirst().existingStation()).isEqualTo("S-1");
        // the link drops again and the station re-uploads the same register
        var again = ledger.recordPaper(election, "S-2", "D-2", register);
        assertThat(again).extracting(PaperOutcome::kind).containsExactly(PaperOutcome.Kind.COLLISION, PaperOutcome.Kind.ALREADY_RECORDED);
        var anomalies = ledger.anomalies(election);
        assertThat(anomalies).singleElement().satisfies(a -> {
            assertThat(a.nationalCode()).isEqualTo(early.value());
            assertThat(a.firstStation()).isEqualTo("S-1");
            assertThat(a.firstChannel()).isEqualTo(Channel.ELECTRONIC);
            assertThat(a.secondStation()).isEqualTo("S-2");
            assertThat(a.secondAt()).isEqualTo(at);
            assertThat(a.status()).isEqualTo("OPEN");
        });
        assertThat(ledger.find(election, fresh).orElseThrow().channel()).isEqualTo(Channel.PAPER);
    }
}
