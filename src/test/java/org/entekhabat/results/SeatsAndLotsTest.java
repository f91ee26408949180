package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.polling.StationReport;
import org.entekhabat.tally.Candidate;
import org.entekhabat.tally.CandidateList;
import org.entekhabat.tally.ContestTally;
import org.entekhabat.tally.Count;
import org.entekhabat.tally.CountingMethod.ListProportional;
import org.entekhabat.tally.Degree;
import org.entekhabat.tally.Lot;
import org.entekhabat.voters.DeviceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Golden: Tehran's list-PR seats on the published result equal the tally module's count of the same
 * totals; a plurality tie that only a lot decides blocks certification until a supervisor draws the
 * public lot before witnesses on the board's lot page (recorded, audited, reproducible).
 */
@DatabaseTest
class SeatsAndLotsTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired DeviceRegistry devices;
    @Autowired ResultsRegistry registry;
    @Autowired Users users;
    ResultsFixture f;

    @BeforeEach
    void setUp() {
        f = new ResultsFixture(devices, registry);
    }

    static StationReport.ContestCount prCount(String contest, long ballots, Map<String, Long> personal, Map<String, Long> lists) {
        return new StationReport.ContestCount(contest, ballots, 100, 50, new TreeMap<>(personal), new TreeMap<>(lists));
    }

    @Test
    void tehranListPrOnThePublishedResultEqualsTheTallyModule() throws Exception {
        var infos = new ArrayList<ContestDefinition.CandidateInfo>();
        var tallyCandidates = new ArrayList<Candidate>();
        for (int i = 0; i < 30; i++) {
            String code = String.valueOf(1101 + i);
            String list = i < 12 ? "501" : i < 20 ? "502" : i < 25 ? "503" : null;
            infos.add(new ContestDefinition.CandidateInfo(code, "نامزد " + code, false, "NONE", list));
            tallyCandidates.add(new Candidate(code, "نامزد " + code, false, Degree.NONE, list));
        }
        var lists = Map.of("501", "فهرست امید تهران", "502", "فهرست شورای ائتلاف", "503", "فهرست صدای شهر");
        String tehran = f.contest("TEHRAN", CountingMethod.LIST_PR, 21, 11, infos, lists, "S1", "S2");
        var p1 = new TreeMap<String, Long>();
        var p2 = new TreeMap<String, Long>();
        for (int i = 0; i < 30; i++) {
            p1.put(String.valueOf(1101 + i), (long) (i * 37 % 200));
            p2.put(String.valueOf(1101 + i), (long) (i * 53 % 300));
        }
        results.receive(f.signed("S1", prCount(tehran, 5000, p1, Map.of("501", 1800L, "502", 1100L, "503", 400L))));
        results.receive(f.signed("S2", prCount(tehran, 6000, p2, Map.of("501", 1500L, "502", 1700L, "503", 900L))));

        var published = results.contest(tehran);
        var personal = new TreeMap<String, Long>();
        p1.forEach((k, v) -> personal.merge(k, v, Long::sum));
        p2.forEach((k, v) -> personal.merge(k, v, Long::sum));
        var direct = Count.run(new ListProportional(21, 11), new ContestTally(tehran, tallyCandidates,
                List.of(new CandidateList("501", lists.get("501")), new CandidateList("502", lists.get("502")), new CandidateList("503", lists.get("503"))),
                personal, Map.of("501", 3300L, "502", 2800L, "503", 1300L), 200, 100, 11000), new Lot("00".repeat(32)));
        assertThat(direct.draws()).as("this golden case needs no lot").isEmpty();
        assertThat(published.allocation().members()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.memberCodes());
        assertThat(published.allocation().alternates()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.alternateCodes());
        for (var l : direct.lists()) {
            assertThat(published.allocation().shares()).anySatisfy(s -> {
                assertThat(s.code()).isEqualTo(l.code());
                assertThat(s.seats()).isEqualTo(l.seats());
                assertThat(s.quotas()).isEqualTo(l.quotas().toString());
            });
        }
        var page = TestHttp.api(port).get("/results/contest/" + tehran).body();
        assertThat(page).contains("data-testid=\"pr\"").contains("فهرست امید تهران").contains("منفردین").contains("سهمیه");
        assertThat(TestHttp.api(port).get("/results/contest/" + tehran + "/minutes").body()).contains("بزرگ‌ترین باقی‌مانده");
    }

    @Test
    void aTieOnlyALotDecidesBlocksCertificationUntilTheBoardDrawsBeforeWitnesses() throws Exception {
        String city = f.contest("CITY", 3, 2, "S1", "S2");
        // 13 and 14 end equal (70) at the member/alternate line; nobody is a veteran, degrees unknown
        results.receive(f.signed("S1", ResultsFixture.count(city, 1, 0, "11", 50, "12", 40, "13", 30, "14", 40, "15", 5)));
        results.receive(f.signed("S2", ResultsFixture.count(city, 0, 0, "11", 40, "12", 40, "13", 40, "14", 30, "15", 5)));
        var pending = results.contest(city);
        assertThat(pending.status()).isEqualTo(ContestResult.Status.COMPLETE);
        assertThat(pending.allocation().needsLot()).isTrue();
        assertThat(pending.allocation().seats()).filteredOn(Allocation.Seat::tie).extracting(Allocation.Seat::candidate)
                .containsExactlyInAnyOrder("13", "14");
        var member = f.member("M", Jurisdiction.county(f.county));
        assertThatThrownBy(() -> results.certify(city, member)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("tie-needs-lot"));
        assertThat(TestHttp.api(port).get("/results/contest/" + city).body()).contains("data-testid=\"lot-pending\"");

        // a supervisor of another county may not draw; the county's may, with at least two witnesses
        String arak = f.user(users, "supArak", Role.SUPERVISOR, Jurisdiction.county("1000001"));
        var outsider = TestHttp.browser(port).login(arak, ResultsFixture.PASSWORD);
        String t0 = TestHttp.csrf(outsider.get("/results/board/lot/" + city).body());
        assertThat(outsider.postForm("/results/board/lot/" + city, Map.of("seeds", "1\n2", "_csrf", t0)).statusCode()).isEqualTo(403);
        String sup = f.user(users, "supTehran", Role.SUPERVISOR, Jurisdiction.county(f.county));
        var board = TestHttp.browser(port).login(sup, ResultsFixture.PASSWORD);
        String form = board.get("/results/board/lot/" + city).body();
        assertThat(form).contains("data-testid=\"lot-pending\"");
        String t = TestHttp.csrf(form);
        assertThat(board.postForm("/results/board/lot/" + city, Map.of("seeds", "7", "_csrf", t)).statusCode()).isEqualTo(400);
        var drawn = board.postForm("/results/board/lot/" + city, Map.of("seeds", "7\r\n42\r\nسلام", "_csrf", t));
        assertThat(drawn.statusCode()).isEqualTo(302);

        String seed = org.entekhabat.results.internal.BoardActions.seedOf(List.of("7", "42", "سلام"));
        var after = results.contest(city);
        assertThat(after.allocation().needsLot()).isFalse();
        assertThat(after.allocation().lotSeed()).isEqualTo(seed);
        assertThat(after.definition().lotSeed()).isEqualTo(seed);
        // reproducible: the tally module with the same seed gives the same places
        var direct = Count.run(new org.entekhabat.tally.CountingMethod.BlockPlurality(3, 2), ContestTally.plurality(city,
                List.of("11", "12", "13", "14", "15").stream().map(c -> Candidate.of(c, c, false, Degree.NONE)).toList(),
                after.totals().candidateVotes(), after.totals().blank(), after.totals().invalid(), after.totals().ballots()), new Lot(seed));
        assertThat(after.allocation().members()).extracting(Allocation.Seat::candidate).containsExactlyElementsOf(direct.memberCodes());
        assertThat(after.allocation().lotDraws()).singleElement().asString().contains(direct.draws().get(0).digestHex());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'results.lot-drawn' and subject = ?").param("contest:" + city)
                .query(Long.class).single()).isEqualTo(1);
        String minutes = TestHttp.api(port).get("/results/contest/" + city + "/minutes").body();
        assertThat(minutes).contains(seed).contains("قرعه").contains("عضو supTehran");
        String t2 = TestHttp.csrf(board.get("/results/board").body());
        assertThat(board.postForm("/results/board/lot/" + city, Map.of("seeds", "1\n2", "_csrf", t2)).statusCode()).isEqualTo(409);

        results.certify(city, member);
        assertThat(results.contest(city).status()).isEqualTo(ContestResult.Status.FINAL);
    }
}
