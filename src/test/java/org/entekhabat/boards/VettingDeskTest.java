package org.entekhabat.boards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.calendar.Schedule;
import org.entekhabat.election.ConstituencyKind;
import org.entekhabat.election.Contest;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.vetting.Authority;
import org.entekhabat.vetting.InquiryAuthoritySimulator;
import org.entekhabat.vetting.Verdict;
import org.entekhabat.vetting.VettingService;
import org.entekhabat.vetting.VettingStage;
import org.entekhabat.vetting.VettingState;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The vetting desks over HTTP on 1404/12/01, when village vetting and the county review of city candidates
 * are both open (city vetting and board formation are extended officially for the test's city cases).
 */
@DatabaseTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestPropertySource(properties = {"entekhabat.clock.fixed=2026-02-20T06:00:00Z", "entekhabat.vetting.simulator.delay=PT0S"})
class VettingDeskTest {

    static final Random RANDOM = new Random();
    static final String PW = BoardFixtures.PASSWORD;

    @Autowired Boards boards;
    @Autowired Users users;
    @Autowired VettingService vetting;
    @Autowired Schedule schedule;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @LocalServerPort int port;

    BoardFixtures fx;
    TestHttp api;
    Jurisdiction county, province, otherCounty;
    String city, village, otherCity;
    BoardFixtures.Executive exec;
    List<String> countySupervisors, provincialSupervisors;

    @BeforeAll
    void setUp() {
        imports.importDivisions(true);
        elections.loadDemoIfAbsent();
        var extendTo = LocalDateTime.of(2026, 2, 24, 23, 59);
        schedule.extend("executive-boards-formed", extendTo, "test", "test: boards formed late");
        schedule.extend("city-vetting", extendTo, "test", "test: city vetting extended");
        fx = new BoardFixtures(users, boards, RANDOM);
        api = TestHttp.api(port);

        var byCounty = elections.contests().stream().filter(c -> c.countyId() != null)
                .collect(Collectors.groupingBy(Contest::countyId));
        var usable = byCounty.entrySet().stream()
                .filter(e -> has(e.getValue(), ConstituencyKind.CITY_COUNCIL) && has(e.getValue(), ConstituencyKind.VILLAGE_COUNCIL))
                .filter(e -> boards.find(BoardKind.COUNTY_EXECUTIVE, Jurisdiction.county(e.getKey().toString())).isEmpty())
                .filter(e -> boards.find(BoardKind.PROVINCIAL_SUPERVISORY, Jurisdiction.province(e.getKey().toString().substring(0, 3))).isEmpty())
                .map(Map.Entry::getKey).sorted().toList();
        long a = usable.get(RANDOM.nextInt(usable.size()));
        long b = usable.stream().filter(x -> !x.toString().substring(0, 3).equals(Long.toString(a).substring(0, 3))).findFirst().orElseThrow();
        county = Jurisdiction.county(Long.toString(a));
        province = Jurisdiction.province(county.code().substring(0, 3));
        otherCounty = Jurisdiction.county(Long.toString(b));
        city = first(byCounty.get(a), ConstituencyKind.CITY_COUNCIL);
        village = first(byCounty.get(a), ConstituencyKind.VILLAGE_COUNCIL);
        otherCity = first(byCounty.get(b), ConstituencyKind.CITY_COUNCIL);

        exec = fx.formCounty(county);
        countySupervisors = fx.formSupervisory(BoardKind.COUNTY_SUPERVISORY, county, 3);
        provincialSupervisors = fx.formSupervisory(BoardKind.PROVINCIAL_SUPERVISORY, province, 3);
    }

    static boolean has(List<Contest> contests, ConstituencyKind kind) {
        return contests.stream().anyMatch(c -> c.kind() == kind);
    }

    static String first(List<Contest> contests, ConstituencyKind kind) {
        return contests.stream().filter(c -> c.kind() == kind).map(Contest::id).sorted().findFirst().orElseThrow();
    }

    String open(String constituency) {
        String candidate = "T-" + UUID.randomUUID();
        vetting.open(candidate, code(), constituency, Duration.ofDays(10), "test");
        return candidate;
    }

    /** A national code every simulated authority answers for. */
    static String code() {
        while (true) {
            String c = CivilRegistrySimulator.codeFor(RANDOM.nextLong()).value();
            if (Arrays.stream(Authority.values()).noneMatch(a ->
                    InquiryAuthoritySimulator.behaviour(c, a) == InquiryAuthoritySimulator.Behaviour.SILENT)) return c;
        }
    }

    String json(String verdict, List<String> grounds, String reason, List<String> present, List<String> inFavour) {
        return "{\"verdict\":\"" + verdict + "\",\"grounds\":" + list(grounds) + ",\"reason\":\"" + reason + "\",\"present\":"
                + list(present) + ",\"inFavour\":" + list(inFavour) + "}";
    }

    static String list(List<String> xs) {
        return xs.stream().map(x -> "\"" + x + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    String member() {
        return exec.exOfficio().get(1); // the judiciary representative
    }

    VettingStage stage(String candidate) {
        return vetting.find(candidate).orElseThrow().stage();
    }

    @Test
    void aMemberRejectsCitingAClauseWithNamedVotesOverTheApi() {
        String c = open(city);
        var voting = exec.voting();
        var r = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("REJECTED", List.of("A37_EDUCATION"), "مدرک تحصیلی کمتر از کارشناسی است.", voting.subList(0, 7), voting.subList(0, 5)),
                member(), PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var d = vetting.find(c).orElseThrow().decisions().getFirst();
        assertThat(d.verdict()).isEqualTo(Verdict.REJECTED);
        assertThat(d.grounds()).extracting(g -> g.code()).containsExactly("A37_EDUCATION");
        assertThat(d.vote().present()).containsExactlyInAnyOrderElementsOf(voting.subList(0, 7));
        assertThat(d.vote().inFavour()).containsExactlyInAnyOrderElementsOf(voting.subList(0, 5));
        var minutes = boards.votes(exec.boardId()).stream().filter(v -> v.subject().equals("candidate:" + c)).toList();
        assertThat(minutes).hasSize(1);
        assertThat(minutes.getFirst().recordedBy()).isEqualTo(member());
        assertThat(minutes.getFirst().motion()).contains("Art. 37(z)");

        var desk = api.get("/api/boards/" + exec.boardId() + "/desk", member(), PW);
        assertThat(desk.statusCode()).isEqualTo(200);
        assertThat(desk.body()).contains(c).contains("\"status\":\"CLEAR\"");
        var log = api.get("/api/boards/decisions?county=" + county.code(), countySupervisors.getFirst(), PW);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        assertThat(log.body()).contains(c).contains("A37_EDUCATION").contains(voting.get(6));
    }

    @Test
    void aRejectionInFreeTextAloneIsRefusedInPersianAndNothingIsStored() {
        String c = open(city);
        var voting = exec.voting();
        var r = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("REJECTED", List.of(), "به نظر هیأت صلاحیت ندارد.", voting.subList(0, 7), voting.subList(0, 7)), member(), PW);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("متن آزاد به‌تنهایی کافی نیست").contains("vetting.rejection-without-ground");
        assertThat(stage(c)).isEqualTo(VettingStage.INQUIRIES_PENDING);
        assertThat(vetting.find(c).orElseThrow().decisions()).isEmpty();
        assertThat(boards.votes(exec.boardId())).noneMatch(v -> v.subject().equals("candidate:" + c));
    }

    @Test
    void withoutQuorumOrWithAnOutsiderPresentTheDecisionIsRefused() {
        String c = open(city);
        var voting = exec.voting();
        var few = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 5), voting.subList(0, 5)), member(), PW);
        assertThat(few.statusCode()).isEqualTo(400);
        assertThat(few.body()).contains("boards.quorum").contains("حد نصاب");
        var outsider = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("APPROVED", List.of(), "", List.of(voting.get(0), voting.get(1), voting.get(2), voting.get(3), voting.get(4),
                        countySupervisors.getFirst()), voting.subList(0, 5)), member(), PW);
        assertThat(outsider.statusCode()).isEqualTo(400);
        assertThat(outsider.body()).contains("boards.not-a-member");
        assertThat(stage(c)).isEqualTo(VettingStage.INQUIRIES_PENDING);
    }

    @Test
    void aMemberOfOneCountyCannotDecideAnotherCountysCandidate() {
        String c = open(otherCity);
        var voting = exec.voting();
        var r = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 7), voting.subList(0, 7)), member(), PW);
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(stage(c)).isEqualTo(VettingStage.INQUIRIES_PENDING);
        assertThat(vetting.find(c).orElseThrow().decisions()).isEmpty();
        var desk = api.get("/api/boards/cases/" + c, member(), PW);
        assertThat(desk.statusCode()).isEqualTo(403);
        // a supervisor is not an executive-board member either
        String own = open(city);
        var sup = api.postJson("/api/boards/cases/" + own + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 7), voting.subList(0, 7)), countySupervisors.getFirst(), PW);
        assertThat(sup.statusCode()).isEqualTo(403);
        assertThat(stage(own)).isEqualTo(VettingStage.INQUIRIES_PENDING);
    }

    @Test
    void theCountySupervisoryBoardConfirmsOrOverturnsWithReasons() {
        var voting = exec.voting();
        String approved = open(city), rejected = open(city);
        assertThat(api.postJson("/api/boards/cases/" + approved + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 6), voting.subList(0, 6)), member(), PW).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/boards/cases/" + rejected + "/executive-decision",
                json("REJECTED", List.of("A42_DRUGS"), "گزارش مرجع انتظامی.", voting.subList(0, 6), voting.subList(0, 6)), member(), PW)
                .statusCode()).isEqualTo(200);

        var s = countySupervisors;
        var noReason = api.postJson("/api/boards/cases/" + approved + "/county-review",
                json("OVERTURN", List.of("A37_MILITARY_SERVICE"), "", s, s), s.getFirst(), PW);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(stage(approved)).isEqualTo(VettingStage.EXECUTIVE_DECIDED);
        var overturn = api.postJson("/api/boards/cases/" + approved + "/county-review",
                json("OVERTURN", List.of("A37_MILITARY_SERVICE"), "کارت پایان خدمت ارائه نشده است.", s, s.subList(0, 2)), s.getFirst(), PW);
        assertThat(overturn.statusCode()).as(overturn.body()).isEqualTo(200);
        var reviewed = vetting.find(approved).orElseThrow();
        assertThat(reviewed.state()).isInstanceOf(VettingState.CountyReviewed.class);
        assertThat(((VettingState.CountyReviewed) reviewed.state()).overturned()).isTrue();
        assertThat(reviewed.decisions().getLast().verdict()).isEqualTo(Verdict.REJECTED);

        var confirm = api.postJson("/api/boards/cases/" + rejected + "/county-review",
                json("CONFIRM", List.of("A42_DRUGS"), "گزارش مرجع انتظامی تأیید شد.", s, s), s.get(1), PW);
        assertThat(confirm.statusCode()).as(confirm.body()).isEqualTo(200);
        assertThat(((VettingState.CountyReviewed) vetting.find(rejected).orElseThrow().state()).overturned()).isFalse();
        // an executive-board member is not on the supervisory board
        String third = open(city);
        api.postJson("/api/boards/cases/" + third + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 6), voting.subList(0, 6)), member(), PW);
        assertThat(api.postJson("/api/boards/cases/" + third + "/county-review", json("CONFIRM", List.of(), "درست است.", s, s),
                member(), PW).statusCode()).isEqualTo(403);
    }

    @Test
    void theProvincialBoardDecidesAnObjectionWithReasons() {
        var voting = exec.voting();
        var s = countySupervisors;
        var p = provincialSupervisors;
        String c = open(city);
        api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("REJECTED", List.of("A37_EDUCATION"), "مدرک ناکافی.", voting.subList(0, 6), voting.subList(0, 6)), member(), PW);
        api.postJson("/api/boards/cases/" + c + "/county-review", json("CONFIRM", List.of("A37_EDUCATION"), "تأیید.", s, s), s.getFirst(), PW);
        assertThat(api.postJson("/api/boards/cases/" + c + "/publish", "", s.getFirst(), PW).statusCode()).isEqualTo(200);
        vetting.object(c, "مدرک من معادل کارشناسی است.");
        // a county supervisor is not on the provincial board
        assertThat(api.postJson("/api/boards/cases/" + c + "/objection-decision", json("APPROVED", List.of(), "پذیرفته شد.", p, p),
                s.getFirst(), PW).statusCode()).isEqualTo(403);
        var r = api.postJson("/api/boards/cases/" + c + "/objection-decision",
                json("APPROVED", List.of(), "معادل‌سازی مدرک پذیرفته شد.", p, p.subList(0, 2)), p.getFirst(), PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(stage(c)).isEqualTo(VettingStage.PROVINCIAL_DECIDED);
        assertThat(api.postJson("/api/boards/cases/" + c + "/finalise", "", p.get(2), PW).statusCode()).isEqualTo(200);
        assertThat(vetting.find(c).orElseThrow().state()).isEqualTo(new VettingState.Final(Verdict.APPROVED));
        var provincialBoard = BoardKind.PROVINCIAL_SUPERVISORY.idFor(province);
        assertThat(boards.votes(provincialBoard)).anyMatch(v -> v.subject().equals("candidate:" + c) && v.present().size() == 3);
    }

    @Test
    void villageCasesAreDecidedInTheVillageWindowAndTheClosedReviewWindowRefuses() {
        var voting = exec.voting();
        String c = open(village);
        var r = api.postJson("/api/boards/cases/" + c + "/executive-decision",
                json("APPROVED", List.of(), "", voting.subList(0, 6), voting.subList(0, 6)), exec.exOfficio().getFirst(), PW);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        var s = countySupervisors;
        var closed = api.postJson("/api/boards/cases/" + c + "/county-review", json("CONFIRM", List.of(), "درست است.", s, s), s.getFirst(), PW);
        assertThat(closed.statusCode()).isEqualTo(409);
        assertThat(closed.body()).contains("schedule.outside-window");
        assertThat(stage(c)).isEqualTo(VettingStage.EXECUTIVE_DECIDED);
    }

    @Test
    void theDeskPageShowsTheCountysCasesInPersianWithAFormForTheDecision() {
        String c = open(city);
        var browser = TestHttp.browser(port).login(member(), PW);
        var page = browser.get("/boards/" + exec.boardId() + "/desk");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("dir=\"rtl\"").contains(c).contains("بدون سابقه");
        var one = browser.get("/boards/cases/" + c);
        assertThat(one.statusCode()).isEqualTo(200);
        assertThat(one.body()).contains("name=\"_csrf\"").contains("A37_EDUCATION");
        var log = TestHttp.browser(port).login(countySupervisors.getFirst(), PW).get("/boards/decisions/" + county.code());
        assertThat(log.statusCode()).isEqualTo(200);
        assertThat(TestHttp.browser(port).login(fx.user("staff", Role.STATION_STAFF, county), PW)
                .get("/boards/decisions/" + county.code()).statusCode()).isEqualTo(403);
    }
}
