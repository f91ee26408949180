package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.identity.Jurisdiction;
import org.entekhabat.identity.Role;
import org.entekhabat.identity.Users;
import org.entekhabat.platform.DomainException;
import org.entekhabat.voters.DeviceRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Station reports → contest totals and seats; provisional → complete → final; annulment re-tabulates as a new version. */
@DatabaseTest
class AggregationTest {

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired DeviceRegistry devices;
    @Autowired ResultsRegistry registry;
    @Autowired Users users;
    ResultsFixture f;
    String city;
    String majlis;

    @BeforeEach
    void setUp() {
        f = new ResultsFixture(devices, registry);
        city = f.contest("CITY", 3, 2, "S1", "S2", "S3");
        majlis = f.contest("MAJLIS", 1, 0, "S1", "S2", "S3");
    }

    void receiveAll() {
        results.receive(f.signed("S1", ResultsFixture.count(city, 2, 1, "11", 100, "12", 90, "13", 10, "14", 5, "15", 1),
                ResultsFixture.count(majlis, 0, 0, "91", 60, "92", 50)));
        results.receive(f.signed("S2", ResultsFixture.count(city, 1, 0, "11", 10, "12", 20, "13", 70, "14", 60, "15", 2),
                ResultsFixture.count(majlis, 1, 1, "91", 10, "92", 30)));
        results.receive(f.signed("S3", ResultsFixture.count(city, 0, 0, "11", 5, "12", 5, "13", 5, "14", 50, "15", 3),
                ResultsFixture.count(majlis, 0, 0, "91", 5, "92", 10)));
    }

    String page(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void provisionalWhileStationsAreMissingThenFinalWhenTheCountyBoardCertifies() throws Exception {
        results.receive(f.signed("S1", ResultsFixture.count(city, 2, 1, "11", 100, "12", 90, "13", 10, "14", 5, "15", 1),
                ResultsFixture.count(majlis, 0, 0, "91", 60, "92", 50)));
        var partial = results.contest(city);
        assertThat(partial.status()).isEqualTo(ContestResult.Status.PROVISIONAL);
        assertThat(partial.stationsIn()).containsExactly(f.id("S1"));
        assertThat(partial.stationsMissing()).containsExactly(f.id("S2"), f.id("S3"));
        assertThat(page("/results/contest/" + city)).contains(f.id("S2")).contains("غیرقطعی");

        results.receive(f.signed("S2", ResultsFixture.count(city, 1, 0, "11", 10, "12", 20, "13", 70, "14", 60, "15", 2),
                ResultsFixture.count(majlis, 1, 1, "91", 10, "92", 30)));
        results.receive(f.signed("S3", ResultsFixture.count(city, 0, 0, "11", 5, "12", 5, "13", 5, "14", 50, "15", 3),
                ResultsFixture.count(majlis, 0, 0, "91", 5, "92", 10)));
        var complete = results.contest(city);
        assertThat(complete.status()).isEqualTo(ContestResult.Status.COMPLETE);
        assertThat(complete.totals().ballots()).isEqualTo(209 + 163 + 68);
        assertThat(complete.totals().blank()).isEqualTo(3);
        assertThat(complete.totals().candidateVotes()).containsEntry("11", 115L).containsEntry("14", 115L).containsEntry("12", 115L);
        // 11, 12 and 14 tie on 115 for the three member places: wholly among members, so no lot
        assertThat(complete.allocation().members()).extracting(Allocation.Seat::candidate).containsExactlyInAnyOrder("11", "12", "14");
        assertThat(complete.allocation().alternates()).extracting(Allocation.Seat::candidate).containsExactly("13", "15");
        assertThat(complete.allocation().needsLot()).isFalse();
        assertThat(results.contest(majlis).allocation().members()).extracting(Allocation.Seat::candidate).containsExactly("92");

        var countyMember = f.member("M-county", Jurisdiction.county(f.county));
        var otherCounty = f.member("M-other", Jurisdiction.county("1000001")); // Arak
        assertThatThrownBy(() -> results.certify(city, otherCounty)).isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(403));
        results.certify(city, countyMember);
        var fin = results.contest(city);
        assertThat(fin.status()).isEqualTo(ContestResult.Status.FINAL);
        assertThat(fin.certification().memberId()).isEqualTo(countyMember.username());
        assertThat(page("/results/contest/" + city)).contains("قطعی");
        assertThat(page("/api/public/results/contests/" + city)).contains("\"FINAL\"");
        assertThat(page("/api/public/results/contests/" + city + "/totals.csv")).contains(city + ",candidate,11,115");
        assertThat(page("/results/county/" + f.county)).contains("شورای شهر CITY");
        assertThat(page("/results/contest/" + city + "/minutes")).contains("عضو M-county").contains("عضو اصلی ۱");
        assertThat(page("/results/station/" + f.id("S1") + "/report.txt")).startsWith("entekhabat-station-report/1");
        assertThat(page("/results")).contains("نتایج انتخابات");
        var zip = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/public/results/record.zip")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(zip.statusCode()).isEqualTo(200);
        var names = new java.util.ArrayList<String>();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) names.add(e.getName());
        }
        assertThat(names).anyMatch(n -> n.endsWith("stations/" + f.id("S1") + ".sig")).anyMatch(n -> n.endsWith("seats.tsv"));
    }

    @Test
    void annulmentNeedsTheConfiguredLevelAndChangesThePublishedResultInANewVersion() throws Exception {
        receiveAll();
        var county = f.member("M-county", Jurisdiction.county(f.county));
        var central = f.member("M-central", Jurisdiction.NATION);
        var countyCertifier = county;
        results.certify(city, countyCertifier);
        var before = results.contest(city);
        long versionBefore = results.version();

        assertThatThrownBy(() -> results.annul(f.id("S3"), county, "صندوق بی‌مهر", "ART-83")).isInstanceOf(DomainException.class)
                .hasMessageContaining("central");
        assertThatThrownBy(() -> results.annul(f.id("S3"), central, "", "ART-83")).isInstanceOf(DomainException.class);
        assertThat(results.version()).isEqualTo(versionBefore);

        long v = results.annul(f.id("S3"), central, "صندوق بی‌مهر", "ART-83");
        assertThat(v).isGreaterThan(versionBefore);
        var after = results.contest(city);
        assertThat(after.stationsAnnulled()).containsExactly(f.id("S3"));
        assertThat(after.totals().ballots()).isEqualTo(before.totals().ballots() - 68);
        // without S3, 14 drops from 115 to 65 and out of the members; 13 (75) moves up
        assertThat(after.allocation().members()).extracting(Allocation.Seat::candidate).containsExactly("11", "12", "13");
        assertThat(after.status()).isEqualTo(ContestResult.Status.COMPLETE); // re-certification needed
        var changes = results.changes(city);
        assertThat(changes.get(0).version()).isEqualTo(v);
        assertThat(changes.get(0).summary()).contains(f.id("S3")).contains("members 11 12 14").contains("members 11 12 13");
        String html = page("/results/contest/" + city);
        assertThat(html).contains("صندوق بی‌مهر").contains(f.id("S3"));
        assertThat(page("/results/station/" + f.id("S3"))).contains("ابطال");
    }

    @Test
    void objectionsAreFiledBySignedInCandidatesWithinTheWindowAndBlockCertificationUntilDecided() throws Exception {
        receiveAll();
        var api = TestHttp.api(port);
        String candidate = f.user(users, "cand14", Role.CANDIDATE, Jurisdiction.county(f.county));
        String body = "{\"contestId\":\"" + city + "\",\"stationCode\":\"" + f.id("S2") + "\",\"candidateCode\":\"14\",\"text\":\"شمارش شعبه نادرست است\"}";
        assertThat(api.postJson("/api/results/objections", body, null, null).statusCode()).isEqualTo(401);
        String arakCandidate = f.user(users, "candArak", Role.CANDIDATE, Jurisdiction.county("1000001"));
        var elsewhere = api.postJson("/api/results/objections", body, arakCandidate, ResultsFixture.PASSWORD);
        assertThat(elsewhere.statusCode()).isEqualTo(403);
        String supervisor = f.user(users, "supObj", Role.SUPERVISOR, Jurisdiction.county(f.county));
        assertThat(api.postJson("/api/results/objections", body, supervisor, ResultsFixture.PASSWORD).statusCode()).isEqualTo(403);
        var filed = api.postJson("/api/results/objections", body, candidate, ResultsFixture.PASSWORD);
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        long id = Long.parseLong(filed.body().replaceAll("\\D", ""));

        var countyMember = f.member("M-county", Jurisdiction.county(f.county));
        assertThatThrownBy(() -> results.certify(city, countyMember)).isInstanceOf(DomainException.class).hasMessageContaining("objection");
        assertThatThrownBy(() -> results.decideObjection(id, f.member("M-arak", Jurisdiction.county("1000001")), false, "x"))
                .isInstanceOf(DomainException.class).satisfies(e -> assertThat(((DomainException) e).status()).isEqualTo(403));
        results.decideObjection(id, countyMember, false, "بازشماری تفاوتی نشان نداد");
        results.certify(city, countyMember);
        assertThat(results.contest(city).status()).isEqualTo(ContestResult.Status.FINAL);
        assertThat(page("/results/contest/" + city)).contains("عضو cand14").contains("رد شد");

        String empty = f.contest("EMPTY", 3, 2, "S9");
        var refused = api.postJson("/api/results/objections", body.replace(city, empty), candidate, ResultsFixture.PASSWORD);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("objection-window-not-open").contains("message_fa");
    }

    @Test
    void boardActionsOverHttpNeedASignedInSupervisorOfTheJurisdiction() throws Exception {
        receiveAll();
        String arak = f.user(users, "supArak", Role.SUPERVISOR, Jurisdiction.county("1000001"));
        String tehran = f.user(users, "supTehran", Role.SUPERVISOR, Jurisdiction.county(f.county));
        String governor = f.user(users, "govTehran", Role.GOVERNOR, Jurisdiction.county(f.county));
        var outsider = TestHttp.browser(port).login(arak, ResultsFixture.PASSWORD);
        String token = TestHttp.csrf(outsider.get("/results/board").body());
        var refused = outsider.postForm("/results/board/certify", java.util.Map.of("contestId", city, "_csrf", token));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(results.contest(city).status()).isEqualTo(ContestResult.Status.COMPLETE);
        var notBoard = TestHttp.browser(port).login(governor, ResultsFixture.PASSWORD);
        String govToken = TestHttp.csrf(notBoard.get("/results/contest/" + city + "/objection").body());
        assertThat(notBoard.postForm("/results/board/certify", java.util.Map.of("contestId", city, "_csrf", govToken)).statusCode()).isEqualTo(403);
        // a county member may not annul (central by default), even in the county
        var member = TestHttp.browser(port).login(tehran, ResultsFixture.PASSWORD);
        String t2 = TestHttp.csrf(member.get("/results/board").body());
        assertThat(member.postForm("/results/board/annul", java.util.Map.of("stationCode", f.id("S1"), "reason", "x", "legalGround", "ART-1",
                "_csrf", t2)).statusCode()).isEqualTo(403);
        var ok = member.postForm("/results/board/certify", java.util.Map.of("contestId", city, "_csrf", t2));
        assertThat(ok.statusCode()).isEqualTo(302);
        var fin = results.contest(city);
        assertThat(fin.status()).isEqualTo(ContestResult.Status.FINAL);
        assertThat(fin.certification().memberId()).isEqualTo(tehran);
    }
}
