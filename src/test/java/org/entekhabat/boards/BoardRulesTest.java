package org.entekhabat.boards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.entekhabat.platform.DomainException;
import org.entekhabat.tally.Lot;
import org.junit.jupiter.api.Test;

/** The plain rules: quorum, nominee count, ballot size, completeness; and a seeded property test of the count. */
class BoardRulesTest {

    static List<String> nominees(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "n" + i).toList();
    }

    @Test
    void majorityQuorumOfElevenIsSixAndAFixedQuorumIsKept() {
        assertThat(QuorumRule.majority().required(11)).isEqualTo(6);
        assertThat(QuorumRule.majority().required(3)).isEqualTo(2);
        assertThat(QuorumRule.majority().required(4)).isEqualTo(3);
        assertThat(QuorumRule.parse("7").required(11)).isEqualTo(7);
        assertThat(QuorumRule.parse("majority")).isEqualTo(QuorumRule.majority());
    }

    @Test
    void aVoteIsRefusedWithoutQuorumOrWithStrangersAndPassesByMajorityOfThosePresent() {
        var members = Set.of("a", "b", "c", "d", "e");
        assertThatThrownBy(() -> BoardVoting.check(members, Set.of("a", "b"), Set.of("a"), QuorumRule.majority()))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "boards.quorum");
        assertThatThrownBy(() -> BoardVoting.check(members, Set.of("a", "b", "x"), Set.of("a"), QuorumRule.majority()))
                .hasFieldOrPropertyWithValue("code", "boards.not-a-member");
        assertThatThrownBy(() -> BoardVoting.check(members, Set.of("a", "b", "c"), Set.of("d"), QuorumRule.majority()))
                .hasFieldOrPropertyWithValue("code", "boards.vote-without-presence");
        assertThat(BoardVoting.check(members, Set.of("a", "b", "c"), Set.of("a", "b"), QuorumRule.majority()).passed()).isTrue();
        assertThat(BoardVoting.check(members, Set.of("a", "b", "c", "d"), Set.of("a", "b"), QuorumRule.majority()).passed()).isFalse();
    }

    @Test
    void exactlyThirtyDistinctNominees() {
        var c = Composition.county();
        FormationRules.checkNominees(nominees(30), c);
        assertThatThrownBy(() -> FormationRules.checkNominees(nominees(29), c)).hasFieldOrPropertyWithValue("code", "boards.nominee-count");
        assertThatThrownBy(() -> FormationRules.checkNominees(nominees(31), c)).hasFieldOrPropertyWithValue("code", "boards.nominee-count");
        var twice = new ArrayList<>(nominees(29));
        twice.add("n1");
        assertThatThrownBy(() -> FormationRules.checkNominees(twice, c)).hasFieldOrPropertyWithValue("code", "boards.nominee-duplicate");
    }

    @Test
    void aBallotNamesAtMostEightDistinctNomineesAndEachNomineeVotesOnce() {
        var c = Composition.county();
        var all = Set.copyOf(nominees(30));
        FormationRules.checkBallot("n1", nominees(8), all, List.of(), c);
        FormationRules.checkBallot("n1", List.of(), all, List.of(), c); // blank is allowed
        assertThatThrownBy(() -> FormationRules.checkBallot("n1", nominees(9), all, List.of(), c))
                .hasFieldOrPropertyWithValue("code", "boards.too-many-names");
        assertThatThrownBy(() -> FormationRules.checkBallot("n1", List.of("n2", "n2"), all, List.of(), c))
                .hasFieldOrPropertyWithValue("code", "boards.name-twice");
        assertThatThrownBy(() -> FormationRules.checkBallot("n1", List.of("zz"), all, List.of(), c))
                .hasFieldOrPropertyWithValue("code", "boards.name-not-nominee");
        assertThatThrownBy(() -> FormationRules.checkBallot("zz", List.of(), all, List.of(), c))
                .hasFieldOrPropertyWithValue("code", "boards.voter-not-nominee");
        assertThatThrownBy(() -> FormationRules.checkBallot("n1", List.of(), all, List.of("n1"), c))
                .hasFieldOrPropertyWithValue("code", "boards.already-voted");
    }

    @Test
    void completeWhenExOfficioAndTrustedSeatsAreFull() {
        var c = Composition.county();
        assertThat(FormationRules.completeness(c, Map.of(SeatKind.EX_OFFICIO, 3, SeatKind.TRUSTED, 8)).complete()).isTrue();
        assertThat(FormationRules.completeness(c, Map.of(SeatKind.EX_OFFICIO, 2, SeatKind.TRUSTED, 8, SeatKind.ALTERNATE, 5)).complete()).isFalse();
        assertThat(FormationRules.completeness(c, Map.of(SeatKind.EX_OFFICIO, 3)).complete()).isFalse();
        assertThat(Composition.central().votingMembers()).isEqualTo(13);
        assertThat(Composition.county().votingMembers()).isEqualTo(11);
    }

    /**
     * Any valid set of ballots seats exactly 8 + 5 distinct nominees, the members have at least as many votes
     * as any alternate, the alternates at least as many as anyone left out, and the same seed gives the same result.
     */
    @Test
    void propertyEveryValidBallotSeatsEightPlusFiveInVoteOrder() {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        var c = Composition.county();
        var n = nominees(30);
        for (int round = 0; round < 2000; round++) {
            var ballots = new HashMap<String, List<String>>();
            int voters = 16 + random.nextInt(15);
            for (int v = 0; v < voters; v++) {
                var shuffled = new ArrayList<>(n);
                java.util.Collections.shuffle(shuffled, random);
                // small pools make ties likely
                int pool = 8 + random.nextInt(14);
                ballots.put(n.get(v), List.copyOf(shuffled.subList(0, Math.min(pool, random.nextInt(9)))));
            }
            var lot = new Lot(Long.toHexString(random.nextLong() | 1L << 62));
            var r = TrustedElection.count("b", n, ballots, c, lot);
            String msg = "seed " + seed + " round " + round;
            assertThat(r.members()).as(msg).hasSize(8);
            assertThat(r.alternates()).as(msg).hasSize(5);
            var votes = new HashMap<String, Long>();
            ballots.values().forEach(b -> b.forEach(x -> votes.merge(x, 1L, Long::sum)));
            long minMember = r.memberCodes().stream().mapToLong(x -> votes.getOrDefault(x, 0L)).min().orElseThrow();
            long maxAlt = r.alternateCodes().stream().mapToLong(x -> votes.getOrDefault(x, 0L)).max().orElseThrow();
            long minAlt = r.alternateCodes().stream().mapToLong(x -> votes.getOrDefault(x, 0L)).min().orElseThrow();
            long maxOut = n.stream().filter(x -> !r.memberCodes().contains(x) && !r.alternateCodes().contains(x))
                    .mapToLong(x -> votes.getOrDefault(x, 0L)).max().orElse(0);
            assertThat(minMember).as(msg).isGreaterThanOrEqualTo(maxAlt);
            assertThat(minAlt).as(msg).isGreaterThanOrEqualTo(maxOut);
            assertThat(TrustedElection.count("b", n, ballots, c, lot).memberCodes()).as(msg).isEqualTo(r.memberCodes());
        }
    }
}
