package org.entekhabat.tally;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden cases for plurality counts (DOMAIN §1, §6). */
class PluralityGoldenTest {

    /**
     * Tehran 1400 as plurality input [S67]: 1,565,370 ballots, 1,151,450 valid, 413,920 invalid;
     * 21 members, then 11 alternates in vote order, the first with 74,294 votes, the last 39,292.
     * The candidates are synthetic: 21 members from 900,000 down in steps of 30,000 (to 300,000); 11
     * alternates from 74,294 down in steps of 3,500 (to 42,794), the last at 39,292; 40 more
     * candidates from 39,000 down, none elected. Sum of votes ≤ 21 × valid ballots, each ≤ valid.
     */
    @Test
    void tehran1400AsPluralityInput() {
        var f = new Fixtures();
        for (int i = 0; i < 21; i++) f.candidate("M" + (i + 1), 900_000 - 30_000L * i);
        long[] alternates = {74_294, 70_794, 67_294, 63_794, 60_294, 56_794, 53_294, 49_794, 46_294, 42_794, 39_292};
        for (int i = 0; i < alternates.length; i++) f.candidate("A" + (i + 1), alternates[i]);
        for (int i = 0; i < 40; i++) f.candidate("X" + (i + 1), 39_000 - 900L * i);
        var tally = f.tally(0, 413_920, 1_565_370);
        assertThat(tally.validBallots()).isEqualTo(1_151_450);

        var r = Count.run(CountingMethod.council(21, AlternatesTable.DEFAULT), tally, Fixtures.LOT);

        assertThat(r.members()).hasSize(21);
        assertThat(r.memberCodes()).containsExactlyElementsOf(codes("M", 21));
        assertThat(r.alternateCodes()).containsExactlyElementsOf(codes("A", 11));
        assertThat(r.totals().get(21).votes()).isEqualTo(74_294);
        assertThat(r.totals().get(31).votes()).isEqualTo(39_292);
        assertThat(r.totals().get(32).standing()).isEqualTo(CandidateTotal.Standing.NOT_ELECTED);
        assertThat(r.totalBallots()).isEqualTo(1_565_370);
        assertThat(r.validBallots()).isEqualTo(1_151_450);
        assertThat(r.invalid()).isEqualTo(413_920);
        assertThat(r.blank()).isZero();
        assertThat(r.draws()).isEmpty();
        assertThat(r.trace().getFirst().fa()).contains("۱٬۵۶۵٬۳۷۰").contains("۴۱۳٬۹۲۰").contains("۱٬۱۵۱٬۴۵۰");
        assertThat(r.minutesFa()).contains("علی‌البدل ۱: A۱ (نامزد A1) با ۷۴٬۲۹۴ رأی")
                .contains("علی‌البدل ۱۱: A۱۱ (نامزد A11) با ۳۹٬۲۹۲ رأی");
        assertThat(r.minutesEn()).contains("Alternate 11: A11 (نامزد A11) with 39292 votes.");
    }

    @Test
    void tieAtTheMemberCutGoesToTheVeteran() {
        // 3 seats, 2 alternates; B and C tie on 500 for the third seat; C is a veteran
        var f = new Fixtures().candidate("A", 900).candidate("B2", 700)
                .candidate("B", 500, false, Degree.DOCTORATE).candidate("C", 500, true, Degree.DIPLOMA)
                .candidate("D", 100);
        var r = Count.run(CountingMethod.council(3, AlternatesTable.DEFAULT), f.tally(0, 0, 1_000), Fixtures.LOT);
        assertThat(r.memberCodes()).containsExactly("A", "B2", "C");
        assertThat(r.alternateCodes()).containsExactly("B", "D");
        assertThat(r.draws()).isEmpty();
        assertThat(r.minutesEn()).contains("Tie at the member/alternate cut: C and B have 500 votes each; C goes first because C is a veteran.");
        assertThat(r.minutesFa()).contains("ایثارگر بودن C");
    }

    @Test
    void tieBetweenNonVeteransGoesToTheHigherDegree() {
        var f = new Fixtures().candidate("A", 900).candidate("B", 800)
                .candidate("P", 500, false, Degree.BACHELOR).candidate("Q", 500, false, Degree.MASTER)
                .candidate("R", 100).candidate("S", 50);
        var r = Count.run(CountingMethod.council(3, AlternatesTable.DEFAULT), f.tally(0, 0, 1_000), Fixtures.LOT);
        assertThat(r.memberCodes()).containsExactly("A", "B", "Q");
        assertThat(r.alternateCodes()).containsExactly("P", "R");
        assertThat(r.minutesEn()).contains("because of the higher degree (MASTER over BACHELOR)");
        assertThat(r.draws()).isEmpty();
    }

    @Test
    void fullTieIsDecidedByAReproducibleLot() {
        var f = new Fixtures().candidate("A", 900).candidate("B", 800)
                .candidate("P", 500).candidate("Q", 500).candidate("R", 500).candidate("S", 10);
        var tally = f.tally(3, 7, 1_000);
        var method = CountingMethod.council(3, AlternatesTable.DEFAULT); // 3 members, 2 alternates
        var r = Count.run(method, tally, Fixtures.LOT);

        assertThat(r.draws()).hasSize(1);
        LotDraw d = r.draws().getFirst();
        assertThat(d.index()).isEqualTo(1);
        assertThat(d.tied()).containsExactly("P", "Q", "R");
        assertThat(d.cutEn()).isEqualTo("member/alternate cut and cut between alternates 1 and 2");
        // the draw, redone by hand from its published definition
        assertThat(d.outcome()).isEqualTo(byHand(Fixtures.LOT.seedHex(), 1, List.of("P", "Q", "R")));
        assertThat(d.digestHex()).isEqualTo(HexFormat.of().formatHex(digest(Fixtures.LOT.seedHex(), 1, List.of("P", "Q", "R"))));
        assertThat(r.memberCodes()).containsExactly("A", "B", d.outcome().get(0));
        assertThat(r.alternateCodes()).containsExactly(d.outcome().get(1), d.outcome().get(2));
        assertThat(r.lotSeed()).isEqualTo(Fixtures.LOT.seedHex());
        assertThat(r.minutesEn()).contains("Lot draw #1").contains("by lot draw #1");
        // same seed → same result, trace and all; the input order does not matter
        var shuffled = new Fixtures();
        for (Candidate c : f.candidates.reversed()) shuffled.candidate(c.code(), f.personal.get(c.code()));
        assertThat(Count.run(method, shuffled.tally(3, 7, 1_000), Fixtures.LOT)).isEqualTo(r);
        // other seeds give every outcome sooner or later
        var winners = new java.util.HashSet<String>();
        for (int s = 0; s < 40; s++) {
            winners.add(Count.run(method, tally, new Lot(String.format("%064x", s))).memberCodes().get(2));
        }
        assertThat(winners).containsExactlyInAnyOrder("P", "Q", "R");
    }

    @Test
    void tiesThatDecideNothingDrawNoLot() {
        // A and B tie inside the members; Y and Z tie below the last alternate
        var f = new Fixtures().candidate("A", 900).candidate("B", 900).candidate("C", 800)
                .candidate("D", 300).candidate("E", 200).candidate("Y", 10).candidate("Z", 10);
        var r = Count.run(CountingMethod.council(3, AlternatesTable.DEFAULT), f.tally(0, 0, 1_000), Fixtures.LOT);
        assertThat(r.draws()).isEmpty();
        assertThat(r.memberCodes()).containsExactly("A", "B", "C");
        assertThat(r.trace()).noneMatch(s -> s.kind().equals("tie"));
    }

    @Test
    void majlisByElectionTiesGoStraightToTheLot() {
        // Art 9 of the Majlis law: lot; the veteran gets no priority
        var f = new Fixtures().candidate("V", 500, true, Degree.DOCTORATE).candidate("W", 500, false, Degree.MASTER)
                .candidate("X", 100);
        var r = Count.run(new CountingMethod.SinglePlurality(1), f.tally(0, 0, 1_000), Fixtures.LOT);
        assertThat(r.draws()).hasSize(1);
        assertThat(r.draws().getFirst().cutEn()).isEqualTo("cut of the elected");
        assertThat(r.memberCodes()).containsExactly(r.draws().getFirst().outcome().getFirst());
        assertThat(r.alternates()).isEmpty();
    }

    @Test
    void tooFewCandidatesLeaveSeatsEmpty() {
        var f = new Fixtures().candidate("A", 5).candidate("B", 4).candidate("C", 0);
        var r = Count.run(CountingMethod.council(5, AlternatesTable.DEFAULT), f.tally(0, 0, 10), Fixtures.LOT);
        assertThat(r.memberCodes()).containsExactly("A", "B", "C");
        assertThat(r.unfilledSeats()).isEqualTo(2);
        assertThat(r.unfilledAlternates()).isEqualTo(3);
    }

    @Test
    void anInconsistentTallyIsRefused() {
        var f = new Fixtures().candidate("A", 11);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> f.tally(0, 0, 10))
                .isInstanceOf(org.entekhabat.platform.DomainException.class)
                .hasMessageContaining("more than the 10 valid ballots");
    }

    private static List<String> codes(String prefix, int n) {
        var l = new ArrayList<String>();
        for (int i = 1; i <= n; i++) l.add(prefix + i);
        return l;
    }

    /** The draw of {@link Lot}, written again from its javadoc. */
    static List<String> byHand(String seedHex, int index, List<String> codes) {
        byte[] d = digest(seedHex, index, codes);
        return codes.stream().sorted(Comparator.comparing((String c) -> HexFormat.of().formatHex(sha(d, c.getBytes(StandardCharsets.UTF_8)))))
                .toList();
    }

    static byte[] digest(String seedHex, int index, List<String> codes) {
        return sha(HexFormat.of().parseHex(seedHex), ByteBuffer.allocate(4).putInt(index).array(),
                String.join("\n", codes.stream().sorted().toList()).getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sha(byte[]... parts) {
        try {
            var md = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) md.update(p);
            return md.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
