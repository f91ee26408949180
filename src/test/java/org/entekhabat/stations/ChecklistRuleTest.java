package org.entekhabat.stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The finalisation rule: a station is complete only with a passed link test, power, devices and no open deficiency. */
class ChecklistRuleTest {

    static final Instant T = Instant.parse("2026-04-20T08:00:00Z");
    static final ChecklistPolicy POLICY = ChecklistPolicy.DEFAULT;

    static Station station(String code, LinkType link) {
        return new Station(code, "دبستان", "", "1000001", "100", "1000001001101", PlaceType.CITY, "1000001001101",
                StationKind.FIXED, 800, link,
                List.of(new Device(code + "-A", DeviceType.AUTH_TERMINAL), new Device(code + "-V", DeviceType.VOTING_TERMINAL)));
    }

    static LinkTest link(String code, LinkType type, int samples, int lost, Double avg) {
        return new LinkTest(1, code, type, samples, lost, avg, avg, avg, T, "node");
    }

    static StationChecklist complete(String code) {
        Station s = station(code, LinkType.FIBRE);
        return new StationChecklist(s, Optional.of(link(code, LinkType.FIBRE, 10, 0, 35.0)),
                Optional.of(new PowerCheck(code, true, true, false, T, "it")),
                Map.of(code + "-A", test(code, code + "-A", true), code + "-V", test(code, code + "-V", true)), List.of());
    }

    static DeviceSelfTest test(String code, String device, boolean passed) {
        return new DeviceSelfTest(1, code, device, passed, "", T, "it");
    }

    static Deficiency deficiency(String code, DeficiencyStatus status) {
        return new Deficiency(7, code, DeficiencyCategory.LINK, "فیبر وصل نیست", "مخابرات", null, status, T, T, "it");
    }

    static List<BlockerCode> codes(StationChecklist c) {
        return ChecklistRule.blockers(c, POLICY).stream().map(Blocker::code).toList();
    }

    @Test
    void aFullyCheckedStationIsComplete() {
        assertThat(ChecklistRule.blockers(complete("ST-1"), POLICY)).isEmpty();
        assertThat(ChecklistRule.databaseFinalised(List.of(complete("ST-1"), complete("ST-2")), POLICY)).isTrue();
    }

    @Test
    void anEmptyDatabaseIsNotFinalised() {
        assertThat(ChecklistRule.databaseFinalised(List.of(), POLICY)).isFalse();
    }

    @Test
    void nothingCheckedListsEveryBlocker() {
        var c = new StationChecklist(station("ST-1", null), Optional.empty(), Optional.empty(), Map.of(), List.of());
        assertThat(codes(c)).containsExactly(BlockerCode.NO_LINK, BlockerCode.POWER_NOT_CHECKED,
                BlockerCode.DEVICE_NOT_TESTED, BlockerCode.DEVICE_NOT_TESTED);
    }

    @Test
    void linkTestMustBeOnTheCurrentLinkAndPass() {
        var c = complete("ST-1");
        var onOldLink = new StationChecklist(c.station(), Optional.of(link("ST-1", LinkType.SIM, 10, 0, 30.0)),
                c.power(), c.latestDeviceTests(), List.of());
        assertThat(codes(onOldLink)).containsExactly(BlockerCode.LINK_NOT_TESTED);
        var lossy = new StationChecklist(c.station(), Optional.of(link("ST-1", LinkType.FIBRE, 10, 1, 30.0)),
                c.power(), c.latestDeviceTests(), List.of());
        assertThat(codes(lossy)).containsExactly(BlockerCode.LINK_TEST_FAILED); // 10% > 5%
        var allLost = new StationChecklist(c.station(), Optional.of(link("ST-1", LinkType.FIBRE, 10, 10, null)),
                c.power(), c.latestDeviceTests(), List.of());
        assertThat(codes(allLost)).containsExactly(BlockerCode.LINK_TEST_FAILED);
        var slow = new StationChecklist(c.station(), Optional.of(link("ST-1", LinkType.FIBRE, 10, 0, 1500.0)),
                c.power(), c.latestDeviceTests(), List.of());
        assertThat(codes(slow)).containsExactly(BlockerCode.LINK_TEST_FAILED);
        var edge = new StationChecklist(c.station(), Optional.of(link("ST-1", LinkType.FIBRE, 20, 1, 1000.0)),
                c.power(), c.latestDeviceTests(), List.of());
        assertThat(codes(edge)).isEmpty(); // exactly 5% loss, exactly the latency limit
    }

    @Test
    void powerNeedsGridAndABackup() {
        var c = complete("ST-1");
        var gridOnly = new StationChecklist(c.station(), c.latestLinkTest(),
                Optional.of(new PowerCheck("ST-1", true, false, false, T, "it")), c.latestDeviceTests(), List.of());
        assertThat(codes(gridOnly)).containsExactly(BlockerCode.POWER_INSUFFICIENT);
        assertThat(ChecklistRule.blockers(gridOnly, new ChecklistPolicy(5, 1000, false))).isEmpty();
        var noGrid = new StationChecklist(c.station(), c.latestLinkTest(),
                Optional.of(new PowerCheck("ST-1", false, true, true, T, "it")), c.latestDeviceTests(), List.of());
        assertThat(codes(noGrid)).containsExactly(BlockerCode.POWER_INSUFFICIENT);
    }

    @Test
    void bothDevicesMustExistAndPassTheirLatestSelfTest() {
        var c = complete("ST-1");
        var failed = new StationChecklist(c.station(), c.latestLinkTest(), c.power(),
                Map.of("ST-1-A", test("ST-1", "ST-1-A", false), "ST-1-V", test("ST-1", "ST-1-V", true)), List.of());
        assertThat(ChecklistRule.blockers(failed, POLICY)).containsExactly(new Blocker(BlockerCode.DEVICE_TEST_FAILED, "ST-1-A"));
        var s = c.station();
        var oneDevice = new Station(s.code(), s.name(), s.address(), s.countyId(), s.provinceId(), s.constituencyId(),
                s.placeType(), s.placeId(), s.kind(), s.expectedVoters(), s.link(), List.of(s.devices().get(0)));
        var missing = new StationChecklist(oneDevice, c.latestLinkTest(), c.power(), c.latestDeviceTests(), List.of());
        assertThat(ChecklistRule.blockers(missing, POLICY)).containsExactly(new Blocker(BlockerCode.DEVICE_MISSING, "VOTING_TERMINAL"));
    }

    @Test
    void onlyFixedDeficienciesStopBlocking() {
        var c = complete("ST-1");
        for (var status : DeficiencyStatus.values()) {
            var withDeficiency = new StationChecklist(c.station(), c.latestLinkTest(), c.power(), c.latestDeviceTests(),
                    List.of(deficiency("ST-1", status)));
            assertThat(ChecklistRule.complete(withDeficiency, POLICY)).as(status.name()).isEqualTo(status == DeficiencyStatus.FIXED);
        }
    }

    @Test
    void oneIncompleteStationKeepsTheDatabaseOpen_property() {
        long seed = new Random().nextLong();
        var random = new Random(seed);
        for (int run = 0; run < 2000; run++) {
            int n = 1 + random.nextInt(20);
            var all = new ArrayList<StationChecklist>();
            for (int i = 0; i < n; i++) all.add(complete("ST-" + i));
            boolean spoil = random.nextBoolean();
            if (spoil) {
                int k = random.nextInt(n);
                var c = all.get(k);
                all.set(k, new StationChecklist(c.station(), c.latestLinkTest(), c.power(), c.latestDeviceTests(),
                        List.of(deficiency(c.station().code(), random.nextBoolean() ? DeficiencyStatus.OPEN : DeficiencyStatus.IN_PROGRESS))));
            }
            assertThat(ChecklistRule.databaseFinalised(all, POLICY)).as("seed " + seed + " run " + run).isEqualTo(!spoil);
        }
    }
}
