package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.entekhabat.platform.DomainException;
import org.junit.jupiter.api.Test;

class BallotCounterTest {

    private static final List<CandidateList> LISTS = List.of(new CandidateList("900", "امید"), new CandidateList("901", "وحدت"));
    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate("11", "الف", false, Degree.MASTER, "900"),
            new Candidate("12", "ب", false, Degree.MASTER, "900"),
            new Candidate("21", "پ", true, Degree.DIPLOMA, "901"),
            Candidate.of("31", "ت", false, Degree.DOCTORATE),
            Candidate.of("32", "ث", false, Degree.BACHELOR));

    private static BallotCounter counter(int max, BallotRules.UnknownCode unknown) {
        return new BallotCounter("T", CANDIDATES, LISTS, new BallotRules(max, unknown));
    }

    @Test
    void readsBallotsByTheOldPaperRules() {
        var c = counter(3, BallotRules.UnknownCode.SKIP_ENTRY);
        c.add(new Ballot.Marked("T", List.of("31", "31", "32")));       // duplicate ignored
        c.add(new Ballot.Marked("T", List.of("99", "31")));             // unknown skipped, ballot valid
        c.add(new Ballot.Marked("T", List.of("99")));                   // nothing valid: invalid
        c.add(new Ballot.Marked("T", List.of()));                       // blank
        c.add(new Ballot.Blank("T"));                                   // blank
        c.add(new Ballot.Marked("T", List.of("31", "32", "21", "11"))); // 4th over the limit of 3: ignored
        c.add(new Ballot.Marked("T", List.of("11", "900", "31")));      // 11 then its list: one vote each
        c.add(new Ballot.Marked("T", List.of("31", "32", "900")));      // list needs 2 more choices: ignored
        c.addInvalid(2);
        ContestTally t = c.tally();

        assertThat(t.totalBallots()).isEqualTo(10);
        assertThat(t.blank()).isEqualTo(2);
        assertThat(t.invalid()).isEqualTo(3);
        assertThat(t.personalVotes()).containsEntry("31", 5L).containsEntry("32", 3L).containsEntry("21", 1L)
                .doesNotContainKey("11");
        assertThat(t.listBallots()).containsEntry("900", 1L);
        assertThat(t.votes(CANDIDATES.get(0))).isEqualTo(1);
        assertThat(t.votes(CANDIDATES.get(1))).isEqualTo(1);
        assertThat(c.duplicateEntries()).isEqualTo(2);
        assertThat(c.unknownEntries()).isEqualTo(2);
        assertThat(c.overLimitEntries()).isEqualTo(2);
    }

    @Test
    void anUnknownCodeCanVoidTheBallot() {
        var c = counter(3, BallotRules.UnknownCode.VOID_BALLOT);
        c.add(new Ballot.Marked("T", List.of("99", "31")));
        assertThat(c.tally().invalid()).isEqualTo(1);
        assertThat(c.tally().personalVotes()).isEmpty();
    }

    @Test
    void refusesABallotOfAnotherContest() {
        var c = counter(3, BallotRules.UnknownCode.SKIP_ENTRY);
        assertThatThrownBy(() -> c.add(new Ballot.Blank("X"))).isInstanceOf(DomainException.class);
        assertThat(c.tally().totalBallots()).isZero();
    }

    /** The counter against a naive re-reading with sets, on random ballots. */
    @Test
    void agreesWithANaiveRecount() {
        long seed = System.nanoTime();
        var r = new Random(seed);
        List<String> codes = new ArrayList<>(List.of("11", "12", "21", "31", "32", "900", "901", "99", "98"));
        for (int round = 0; round < 200; round++) {
            int max = 1 + r.nextInt(5);
            var c = counter(max, BallotRules.UnknownCode.SKIP_ENTRY);
            long[] naive = new long[CANDIDATES.size()];
            long blank = 0, invalid = 0;
            for (int b = 0; b < 50; b++) {
                var entries = new ArrayList<String>();
                int n = r.nextInt(7);
                for (int k = 0; k < n; k++) entries.add(codes.get(r.nextInt(codes.size())));
                c.add(new Ballot.Marked("T", entries));
                Set<String> chosen = naiveRead(entries, max);
                if (entries.isEmpty()) blank++;
                else if (chosen.isEmpty()) invalid++;
                for (int k = 0; k < CANDIDATES.size(); k++) if (chosen.contains(CANDIDATES.get(k).code())) naive[k]++;
            }
            ContestTally t = c.tally();
            String why = "seed " + seed + ", round " + round;
            assertThat(t.blank()).as(why).isEqualTo(blank);
            assertThat(t.invalid()).as(why).isEqualTo(invalid);
            for (int k = 0; k < CANDIDATES.size(); k++) assertThat(t.votes(CANDIDATES.get(k))).as(why).isEqualTo(naive[k]);
        }
    }

    private static Set<String> naiveRead(List<String> entries, int max) {
        Set<String> chosen = new HashSet<>();
        for (String e : entries) {
            Set<String> adds = new HashSet<>();
            if (CANDIDATES.stream().anyMatch(x -> x.code().equals(e))) adds.add(e);
            else if (LISTS.stream().anyMatch(l -> l.code().equals(e))) {
                CANDIDATES.stream().filter(x -> e.equals(x.listCode())).forEach(x -> adds.add(x.code()));
            } else continue;
            adds.removeAll(chosen);
            if (adds.isEmpty()) continue;
            if (chosen.size() + adds.size() > max) break;
            chosen.addAll(adds);
        }
        return chosen;
    }
}
