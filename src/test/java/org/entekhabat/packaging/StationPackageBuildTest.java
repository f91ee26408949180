package org.entekhabat.packaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.demo.DemoData;
import org.entekhabat.election.Elections;
import org.entekhabat.election.PlaceType;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.SignedRequestClient;
import org.entekhabat.polling.StationPackage;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.results.Results;
import org.entekhabat.stations.Device;
import org.entekhabat.stations.DeviceType;
import org.entekhabat.stations.LinkType;
import org.entekhabat.stations.Station;
import org.entekhabat.stations.StationKind;
import org.entekhabat.stations.Stations;
import org.entekhabat.vetting.FinalList;
import org.entekhabat.vetting.FinalLists;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's Tehran station fetches a package central built from the election and the published final
 * lists, through the signed station API: the election's contest ids, the final list's codes and names, the
 * Tehran lists with their members; unknown stations and unpublished lists are refused, saying which.
 */
@DatabaseTest
class StationPackageBuildTest {

    @LocalServerPort int port;
    @Autowired DemoData demo;
    @Autowired DeviceRegistry devices;
    @Autowired Elections elections;
    @Autowired FinalLists finalLists;
    @Autowired Stations stations;
    @Autowired Results results;
    @Autowired CandidateRegistrations registrations;
    @Autowired org.entekhabat.vetting.VettingService vetting;

    URI base;

    @BeforeEach
    void setUp() {
        demo.load();
        base = URI.create("http://localhost:" + port + "/");
    }

    private SignedRequestClient deviceOf(String station) {
        var keys = DeviceKeys.generate("PKG-" + UUID.randomUUID().toString().substring(0, 8));
        devices.register(keys.deviceId(), station, keys.publicKeyBase64(), DeviceRole.AUTH_TERMINAL);
        return new SignedRequestClient(base, keys, Clock.systemUTC());
    }

    private static java.net.http.HttpResponse<String> get(SignedRequestClient client, String station) {
        var request = client.sign("GET", "/station-api/package", new byte[0]);
        // the signature covers the path; the query names the station (the device's own, checked by central)
        var withQuery = java.net.http.HttpRequest.newBuilder(request, (name, value) -> true)
                .uri(URI.create(request.uri() + "?station=" + station)).build();
        return client.send(withQuery);
    }

    @Test
    void tehranStationGetsTheElectionsContestsAndTheFinalLists() {
        var response = get(deviceOf("TEH-0001"), "TEH-0001");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        StationPackage p = StationPackageJson.parse(response.body());

        assertThat(p.stationCode()).isEqualTo("TEH-0001");
        assertThat(p.electionId()).isEqualTo(elections.requireCurrent().id());
        var style = elections.ballotStyleFor(PlaceType.CITY, Long.parseLong("1230001001576"));
        assertThat(p.ballotStyles().getFirst().contestIds()).isEqualTo(style.contestIds()).containsExactly("PR-tehran", "EXPERTS-123");
        // a voter the by-election rule refuses still votes in the council
        assertThat(p.styleFor(java.util.Set.of("PR-tehran"))).isPresent();

        for (var contest : p.contests()) {
            FinalList published = finalLists.find(contest.id()).orElseThrow();
            Map<String, String> expected = new HashMap<>();
            published.candidates().forEach(c -> expected.put(String.valueOf(c.code()), c.fullName()));
            Map<String, String> got = new HashMap<>();
            contest.candidates().forEach(c -> got.put(c.code(), c.name()));
            assertThat(got).as(contest.id()).isEqualTo(expected);
        }
        var council = p.contestsById().get("PR-tehran");
        assertThat(council.listPr()).isTrue();
        assertThat(council.maxChoices()).isEqualTo(21);
        assertThat(council.kind()).isEqualTo(StationPackage.ContestKind.CITY_COUNCIL);
        var lists = finalLists.find("PR-tehran").orElseThrow().lists();
        assertThat(council.lists()).hasSize(3);
        for (var l : lists) {
            var got = council.list(String.valueOf(l.code())).orElseThrow();
            assertThat(got.title()).isEqualTo(l.title());
            assertThat(got.memberCodes()).isEqualTo(l.memberCodes().stream().map(String::valueOf).toList());
        }
        var experts = p.contestsById().get("EXPERTS-123");
        assertThat(experts.kind()).isEqualTo(StationPackage.ContestKind.EXPERTS_BY_ELECTION);
        assertThat(experts.maxChoices()).isEqualTo(elections.contest("EXPERTS-123").seats());
        assertThat(experts.lists()).isEmpty();
    }

    @Test
    void villageStationGetsItsVillageCouncil() {
        var response = get(deviceOf("ARK-V-0101"), "ARK-V-0101");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var p = StationPackageJson.parse(response.body());
        assertThat(p.contests()).extracting(StationPackage.Contest::id).containsExactly("VILLAGE-1000001001001");
        assertThat(p.contests().getFirst().candidates()).hasSize(finalLists.find("VILLAGE-1000001001001").orElseThrow().candidates().size());
    }

    @Test
    void unknownStationsAndUnpublishedListsAreRefusedSayingWhich() {
        String unknown = "NOPE-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var refused = get(deviceOf(unknown), unknown);
        assertThat(refused.statusCode()).isEqualTo(404);
        var problem = JsonMapper.builder().build().readTree(refused.body());
        assertThat(problem.path("title").asString()).isEqualTo("station-package.unknown-station");
        assertThat(problem.path("message_en").asString()).contains(unknown);

        // a registered station of a Markazi city whose council has no final list
        var noList = stations.list("100", null).stream()
                .filter(s -> s.placeType() == org.entekhabat.stations.PlaceType.CITY)
                .filter(s -> !finalLists.published("CITY-" + s.placeId()))
                .findFirst().orElseThrow();
        var missing = get(deviceOf(noList.code()), noList.code());
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("station-package.no-final-list").contains("CITY-" + noList.placeId());
    }

    @Test
    void resultsGetTheFinalCandidatesDegreesFromCandidacy() {
        results.sync();
        var def = results.definition("PR-tehran");
        var published = finalLists.find("PR-tehran").orElseThrow();
        assertThat(def.candidates()).hasSize(published.candidates().size());
        // the demo CSV gives each candidate's education: the tie rule sees it (no longer "NONE" for all)
        var degrees = new HashSet<String>();
        def.candidates().forEach(c -> degrees.add(c.degree()));
        assertThat(degrees).contains("DOCTORATE", "BACHELOR").doesNotContain("NONE");
        assertThat(def.lists()).hasSize(3);
        var byCode = new HashMap<String, String>();
        def.candidates().forEach(c -> byCode.put(c.code(), c.listCode()));
        for (var l : published.lists()) for (int m : l.memberCodes()) assertThat(byCode.get(String.valueOf(m))).isEqualTo(String.valueOf(l.code()));

        // the CSV's allowance grounds (a veteran, a freed POW) make them veterans for the tie rule; nobody else is
        var codes = vetting.candidateCodes("PR-tehran").orElseThrow().codes();
        var veterans = new HashSet<String>();
        registrations.applicationsOf("PR-tehran").stream()
                .filter(a -> a.nationalCode().equals("0923356487") || a.nationalCode().equals("0993811558"))
                .forEach(a -> veterans.add(String.valueOf(codes.get(a.trackingId()))));
        assertThat(veterans).hasSize(2);
        assertThat(def.candidates()).allSatisfy(c -> assertThat(c.veteran()).as(c.code()).isEqualTo(veterans.contains(c.code())));
    }
}
