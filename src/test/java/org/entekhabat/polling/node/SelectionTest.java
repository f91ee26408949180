package org.entekhabat.polling.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.tally.Ballot;
import org.junit.jupiter.api.Test;

/**
 * The voting terminal's entry rules agree with the count: whatever keys a voter presses, the ballot
 * it produces is read by {@code tally.BallotCounter} with no unknown, repeated or over-limit entry,
 * never names more than N candidates, and is never invalid.
 */
class SelectionTest {

    static final StationPackage TEHRAN = StationPackageJson.demo("tehran-0001");
    static final StationPackage.Contest COUNCIL = TEHRAN.contestsById().get("CC-TEHRAN");
    static final StationPackage.Contest VILLAGE = StationPackageJson.demo("village-amanabad").contests().getFirst();

    @Test
    void goldenRefusals() {
        var s = new Selection(VILLAGE);
        s.add("۱۰۱"); // Persian digits
        assertThatThrownBy(() -> s.add("101")).isInstanceOf(DomainException.class).hasMessageContaining("already entered");
        assertThatThrownBy(() -> s.add("999")).hasMessageContaining("no candidate");
        s.add("102");
        s.add("103");
        assertThatThrownBy(() -> s.add("104")).hasMessageContaining("At most 3");
        s.removeLast();
        s.add("104");
        assertThat(s.codes()).containsExactly("101", "102", "104");
        s.markBlank();
        assertThat(s.codes()).isEmpty();
        assertThat(s.blank()).isTrue();
    }

    @Test
    void aListCoversItsMembers() {
        var s = new Selection(COUNCIL);
        s.add("1101"); // a member of list 501, on their own
        s.add("501"); // the list replaces the member's own entry
        assertThat(s.codes()).containsExactly("501");
        assertThat(s.chosen()).isEqualTo(8);
        assertThatThrownBy(() -> s.add("1102")).hasMessageContaining("on a list you have chosen");
    }

    @Test
    void anyKeySequenceGivesABallotTheCounterReadsCleanly() {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        var codes = new ArrayList<String>();
        COUNCIL.candidates().forEach(c -> codes.add(c.code()));
        COUNCIL.lists().forEach(l -> codes.add(l.code()));
        codes.add("777");
        for (int round = 0; round < 3000; round++) {
            var contest = random.nextInt(4) == 0 ? VILLAGE : COUNCIL;
            var pool = contest == VILLAGE ? List.of("101", "102", "103", "104", "105", "106", "107") : codes;
            var s = new Selection(contest);
            int keys = random.nextInt(40);
            for (int k = 0; k < keys; k++) {
                int r = random.nextInt(20);
                try {
                    if (r == 0) s.removeLast();
                    else if (r == 1 && random.nextInt(10) == 0) s.markBlank();
                    else s.add(pool.get(random.nextInt(pool.size())));
                } catch (DomainException refused) {
                    // refused entries change nothing
                }
            }
            String why = "seed " + seed + ", round " + round + ", codes " + s.codes();
            assertThat(s.chosen()).as(why).isLessThanOrEqualTo(contest.maxChoices());
            var counter = Closing.counter(contest);
            counter.add(s.codes().isEmpty() ? new Ballot.Blank(contest.id()) : new Ballot.Marked(contest.id(), s.codes()));
            assertThat(counter.unknownEntries()).as(why).isZero();
            assertThat(counter.duplicateEntries()).as(why).isZero();
            assertThat(counter.overLimitEntries()).as(why).isZero();
            var tally = counter.tally();
            assertThat(tally.invalid()).as(why).isZero();
            long votes = contest.candidates().stream().mapToLong(c -> tally.votes(
                    new org.entekhabat.tally.Candidate(c.code(), c.name(), false, org.entekhabat.tally.Degree.NONE, contest.listOf(c.code())))).sum();
            assertThat(votes).as(why).isEqualTo(s.chosen());
        }
    }

    @Test
    void paperCountsCompareFieldByField() {
        var form = new java.util.HashMap<String, String>();
        form.put("paperBallots", "۳");
        form.put("VC-AMANABAD.ballots", "3");
        form.put("VC-AMANABAD.cand.101", "2");
        var pkg = StationPackageJson.demo("village-amanabad");
        var a = PaperCounts.fromForm(pkg, form);
        assertThat(a.differences(PaperCounts.parse(a.json()))).isEmpty();
        form.put("VC-AMANABAD.cand.101", "1");
        assertThat(a.differences(PaperCounts.fromForm(pkg, form))).containsExactly("VC-AMANABAD candidate 101: 2 ≠ 1");
        form.put("VC-AMANABAD.cand.101", "4");
        assertThatThrownBy(() -> PaperCounts.fromForm(pkg, form)).isInstanceOf(DomainException.class);
    }

    @Test
    void shortCodesAreEightDigitsAndStable() {
        assertThat(ShortCodes.of("abc")).matches("\\d{8}").isEqualTo(ShortCodes.of("abc"));
        assertThat(ShortCodes.spaced("12345678")).isEqualTo("1234 5678");
    }
}
