package org.entekhabat.polling.node;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import org.entekhabat.DatabaseTest;
import org.entekhabat.platform.PersianNumbers;
import org.entekhabat.polling.DeviceKeys;
import org.entekhabat.polling.EventType;
import org.entekhabat.polling.JournalVerifier;
import org.entekhabat.polling.SignedStationReport;
import org.entekhabat.polling.StationNodes;
import org.entekhabat.polling.StationPackageJson;
import org.entekhabat.polling.StationPackageSource;
import org.entekhabat.registry.CivilRegistrySimulator;
import org.entekhabat.registry.NationalCode;
import org.entekhabat.voters.DeviceRegistry;
import org.entekhabat.voters.DeviceRole;
import org.entekhabat.voters.ParticipationLedger;
import org.entekhabat.voters.Turnout;
import org.entekhabat.web.Browser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Election day end to end (issue "Election day at the station"): central (this test's context) and
 * two station nodes, each its own JVM with its own directory and port. A voter is authenticated
 * at node 1 and votes on its terminal with the keypad alone (headless Chromium); node 2 refuses
 * the same voter with where and when; node 2 loses its link and votes on paper; the register is
 * uploaded (a double vote lands in the anomaly queue); both stations close (paper counts entered
 * twice, a mismatch first) and sign reports that verify (signature + hash chain).
 */
@DatabaseTest
class ElectionDayEndToEndTest {

    @LocalServerPort int port;
    @Autowired DeviceRegistry devices;
    @Autowired StationPackageSource packages;
    @Autowired ParticipationLedger ledger;
    @Autowired Turnout turnout;
    @Autowired org.entekhabat.results.Results results;
    @TempDir Path tmp;

    private static final String[] STAFF = {"s1:علی رضایی:1111", "s2:مریم کاظمی:2222"};

    @Test
    void twoStationsFromOpeningToSignedReports() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String election = "E" + run, st1 = "T1-" + run, st2 = "T2-" + run;
        String central = "http://localhost:" + port;
        var tehran = StationPackageJson.demo("tehran-0001");
        packages.save(tehran.forStation(st1, election));
        packages.save(tehran.forStation(st2, election));
        Path dir1 = tmp.resolve("node1"), dir2 = tmp.resolve("node2");
        for (var d : List.of(dir1, dir2)) {
            String station = d == dir1 ? st1 : st2;
            // the node fetches its package from central at first start (no --package)
            for (var dev : StationNodes.setup(d, station, central, List.of(STAFF), null)) {
                devices.register(dev.deviceId(), dev.stationCode(), dev.publicKeyBase64(), DeviceRole.valueOf(dev.role()));
            }
        }
        NationalCode voterA = adult(1), voterB = adult(2);

        try (var node1 = new NodeProcess(dir1, central, "entekhabat.node.minimum-open-hours=0");
             var node2 = new NodeProcess(dir2, central, "entekhabat.node.minimum-open-hours=0")) {
            var n1 = new FormClient(node1.base());
            var n2 = new FormClient(node2.base());

            // opening: staff sign in, the signed zero report before the first voter
            for (var n : List.of(n1, n2)) {
                n.post("/staff/login", "/staff/login", "staffId", "s1", "pin", "1111");
                var zero = n.post("/staff", "/staff/open");
                assertThat(zero.status()).isEqualTo(200);
                assertThat(FormClient.testId(zero.body(), "report-hash")).hasSize(64);
            }
            assertSignedReport(dir1, "ZERO", 0);

            // node 1: authentication terminal → e-ballot card
            var card = authenticate(n1, voterA);
            String shortCode = FormClient.attr(card.body(), "short-code", "data-code");
            assertThat(shortCode).as(card.body()).matches("\\d{8}");
            assertThat(card.body()).doesNotContain(voterA.value());

            // node 1: the voting terminal with the keypad alone, in headless Chromium
            try (var browser = new Browser()) {
                var page = browser.newPage();
                page.navigate(node1.base() + "/vote");
                page.keyboard().type(shortCode);
                key(page, "Enter");
                assertThat(page.content()).as("the first contest").contains("data-testid=\"contest-name\"");
                assertThat(page.getByTestId("contest-name").textContent()).contains("شورای اسلامی شهر تهران");
                page.keyboard().type("501");           // a list: 8 members
                key(page, "Enter");
                page.keyboard().type("1101");          // a member of that list: refused
                key(page, "Enter");
                assertThat(page.getByTestId("message").textContent()).contains("در فهرستی است که انتخاب کرده‌اید");
                page.keyboard().type("1120");
                key(page, "Enter");
                page.keyboard().type("1120");          // twice: refused
                key(page, "Enter");
                assertThat(page.getByTestId("message").textContent()).contains("پیش‌تر وارد کرده‌اید");
                page.keyboard().type("1119");
                key(page, "Enter");
                key(page, "NumpadSubtract");           // correct: 1119 goes
                page.keyboard().type("1121");
                key(page, "Enter");
                assertThat(page.getByTestId("chosen").textContent()).contains("۵۰۱").contains("۱۱۲۰").contains("۱۱۲۱").doesNotContain("۱۱۱۹");
                key(page, "NumpadAdd");                // finish the council
                assertThat(page.getByTestId("contest-name").textContent()).contains("خبرگان");
                page.keyboard().type("2101");
                key(page, "Enter");
                page.keyboard().type("2102");          // one seat: refused
                key(page, "Enter");
                assertThat(page.getByTestId("message").textContent()).contains("حداکثر");
                key(page, "NumpadAdd");
                key(page, "Enter");                    // summary: first confirmation
                key(page, "Enter");                    // second confirmation: cast
                String record = page.getByTestId("paper-record").textContent();
                assertThat(record).contains("فهرست امید تهران").contains("مریم اردبیلی").contains("حمید سرداری").contains("سید احمد خاتمی")
                        .doesNotContain(voterA.value()).doesNotContain(PersianNumbers.digits(voterA.value()));
                Browser.screenshot(page, "station-paper-record");
                // the card is spent
                page.navigate(node1.base() + "/vote");
                page.keyboard().type(shortCode);
                key(page, "Enter");
                assertThat(page.getByTestId("message").textContent()).contains("پیش‌تر به کار رفته");
            }

            // node 2 refuses the same voter: where and when
            var refused = authenticate(n2, voterA);
            String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Tehran"))
                    .format(ledger.find(election, voterA).orElseThrow().at());
            assertThat(FormClient.testId(refused.body(), "refusal"))
                    .contains("پیش‌تر در شعبهٔ " + PersianNumbers.digits(st1)).contains("ساعت " + PersianNumbers.digits(at));

            // the link goes down at node 2: the claim fails, staff switch to paper
            n2.post("/staff", "/staff/link", "url", "http://localhost:1");
            var down = authenticate(n2, voterB);
            assertThat(down.body()).contains("data-testid=\"link-down\"");
            var paper = n2.post("/auth/fingerprint", "/staff/paper", "reason", "link down", "back", "/auth");
            paper = n2.post("/auth/fingerprint", "/auth/fingerprint");
            assertThat(paper.body()).contains("data-testid=\"paper-admitted\"");
            assertThat(authenticate(n2, voterA).body()).as("offline, node 2 cannot know").contains("data-testid=\"paper-admitted\"");

            // the link is back: the register goes up; voter A voted twice → anomaly queue
            n2.post("/staff", "/staff/link", "url", central);
            var upload = n2.post("/staff", "/staff/paper/upload");
            assertThat(FormClient.testId(upload.body(), "collisions")).isEqualTo("۱");
            assertThat(ledger.anomalies(election)).singleElement()
                    .satisfies(a -> assertThat(a.firstStation()).isEqualTo(st1))
                    .satisfies(a -> assertThat(a.secondStation()).isEqualTo(st2));

            // close node 1 and sign
            n1.post("/staff", "/staff/close");
            var signed1 = n1.post("/staff/reconcile", "/staff/report/sign", "note", "");
            assertThat(signed1.body()).contains("<svg");

            // close node 2: paper counts twice, by two people; a mismatch first
            n2.post("/staff", "/staff/close");
            var entry = paperCounts("2");
            assertThat(n2.postForm("/staff/paper-count", withCsrf(n2, entry("s1", "1111", entry))).status()).isEqualTo(200);
            var sameStaff = n2.postForm("/staff/paper-count", withCsrf(n2, entry("s1", "1111", entry)));
            assertThat(FormClient.testId(sameStaff.body(), "refusal")).contains("عامل دیگری");
            var wrong = n2.postForm("/staff/paper-count", withCsrf(n2, entry("s2", "2222", paperCounts("3"))));
            assertThat(wrong.body()).contains("data-testid=\"paper-mismatch\"");
            n2.postForm("/staff/paper-count", withCsrf(n2, entry("s2", "2222", entry)));
            var agreed = n2.postForm("/staff/paper-count", withCsrf(n2, entry("s1", "1111", entry)));
            assertThat(agreed.body()).contains("data-testid=\"paper-agreed\"");
            var rec = n2.get("/staff/reconcile");
            assertThat(FormClient.testId(rec.body(), "rec-auth")).isEqualTo("۲");
            assertThat(FormClient.testId(rec.body(), "rec-paper")).isEqualTo("۲");
            n2.post("/staff/reconcile", "/staff/report/sign", "note", "");

            // both reports verify (signature + chain) and the nodes recorded them as sent or pending
            var r1 = assertSignedReport(dir1, "CLOSE", 1);
            var r2 = assertSignedReport(dir2, "CLOSE", 2);
            assertThat(r1.report().electronicBallots()).isEqualTo(1);
            var council = r1.report().contests().stream().filter(c -> c.contestId().equals("CC-TEHRAN")).findFirst().orElseThrow();
            assertThat(council.listVotes()).containsEntry("501", 1L);
            assertThat(council.candidateVotes()).containsEntry("1120", 1L).containsEntry("1121", 1L).doesNotContainKey("1101");
            assertThat(r2.report().paperBallots()).isEqualTo(2);
            Thread.sleep(1500);
            for (var n : List.of(n1, n2)) {
                var page = n.get("/staff/report/close");
                assertThat(FormClient.testId(page.body(), "send-state") != null || page.contains("data-testid=\"send-state\"")).isTrue();
                assertThat(page.body()).containsAnyOf("دریافت در مرکز", "در انتظار ارسال");
            }

            // live turnout at central
            var t = turnout.of(election);
            assertThat(t.total()).isEqualTo(2);
            assertThat(t.byStation()).extracting(Turnout.Row::code).containsExactlyInAnyOrder(st1, st2);
            assertThat(t.byProvince()).singleElement().satisfies(r -> assertThat(r.code()).isEqualTo("123"));
            var publicApi = new FormClient(central);
            assertThat(publicApi.get("/api/public/turnout?election=" + election).body()).contains("\"total\":2").contains("\"" + st1 + "\"");
            assertThat(publicApi.get("/results/turnout?election=" + election).body()).contains("مشارکت زنده").contains("data-testid=\"turnout-total\">۲<");

            // results at central: both signed reports arrive (the sender retries) and the contests of the package count them
            long deadline = System.currentTimeMillis() + 60_000;
            while (!results.contest("CC-TEHRAN").stationsIn().containsAll(List.of(st1, st2)) && System.currentTimeMillis() < deadline) {
                Thread.sleep(500);
            }
            var counted = results.contest("CC-TEHRAN");
            assertThat(counted.stationsIn()).contains(st1, st2);
            assertThat(counted.totals().listVotes()).containsKey("501").containsKey("502");
            assertThat(counted.allocation().shares()).isNotEmpty();
            assertThat(results.contest("EXP-TEHRAN").totals().candidateVotes()).containsKey("2102");
            assertThat(publicApi.get("/results/contest/CC-TEHRAN").body()).contains(st1).contains("data-testid=\"pr\"");

            // a power cut at node 1: it comes back from its journal, closed, with its report
            node1.kill();
            try (var again = new NodeProcess(dir1, central)) {
                var n = new FormClient(again.base());
                n.post("/staff/login", "/staff/login", "staffId", "s2", "pin", "2222");
                var staff = n.get("/staff");
                assertThat(staff.body()).contains("پایان رأی‌گیری").contains("گزارش پایانی شعبه");
            }
        }
    }

    private static void key(Page page, String key) {
        page.waitForNavigation(() -> page.keyboard().press(key));
    }

    private static FormClient.Page authenticate(FormClient n, NationalCode code) {
        var checked = n.post("/auth", "/auth", "nationalCode", PersianNumbers.digits(code.value()), "document", "NATIONAL_CARD",
                "documentNumber", "0012345678");
        if (checked.contains("data-testid=\"refusal\"")) return checked;
        return n.post("/auth/fingerprint", "/auth/fingerprint");
    }

    private static LinkedHashMap<String, String> paperCounts(String ballots) {
        var m = new LinkedHashMap<String, String>();
        m.put("paperBallots", ballots);
        m.put("CC-TEHRAN.ballots", ballots);
        m.put("CC-TEHRAN.list.502", "1");
        m.put("CC-TEHRAN.cand.1120", "1");
        m.put("CC-TEHRAN.blank", "1");
        m.put("EXP-TEHRAN.ballots", ballots);
        m.put("EXP-TEHRAN.cand.2102", "2");
        return m;
    }

    private static LinkedHashMap<String, String> entry(String staff, String pin, LinkedHashMap<String, String> counts) {
        var m = new LinkedHashMap<String, String>();
        m.put("entryStaff", staff);
        m.put("entryPin", pin);
        m.putAll(counts);
        return m;
    }

    private static LinkedHashMap<String, String> withCsrf(FormClient n, LinkedHashMap<String, String> form) {
        var page = n.get("/staff/paper-count").body();
        var m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        var out = new LinkedHashMap<String, String>();
        out.put("_csrf", m.group(1));
        out.putAll(form);
        return out;
    }

    /** The node's journal verifies, holds the signed report of this kind, and the report verifies. */
    private static SignedStationReport assertSignedReport(Path dir, String kind, long authenticated) {
        var key = DeviceKeys.loadPublicKey(dir.resolve("keys/vote/device-ed25519.pub"));
        var journal = JournalVerifier.verify(dir.resolve("station/journal.ejr"), key);
        var entry = journal.entries().stream().filter(e -> e.is(EventType.REPORT_SIGNED) && kind.equals(e.get("kind")))
                .reduce((a, b) -> b).orElseThrow();
        var signed = new SignedStationReport(entry.get("text"), entry.get("signature"));
        assertThat(signed.verify(key)).as("signature").isTrue();
        var report = signed.report(); // re-checks every chained hash
        assertThat(report.authenticated()).isEqualTo(authenticated);
        assertThat(report.reconciled()).isTrue();
        return signed;
    }

    /** A voter the civil-registry simulator knows, alive and adult on election day. */
    private static NationalCode adult(int n) {
        var registry = new CivilRegistrySimulator();
        int found = 0;
        for (long seed = 1000L * n; ; seed++) {
            var code = CivilRegistrySimulator.codeFor(seed + System.nanoTime() % 100_000);
            var p = registry.lookup(code);
            if (p.isPresent() && p.get().alive() && p.get().ageOn(java.time.LocalDate.of(2026, 5, 1)) >= 25) {
                if (++found >= 1) return code;
            }
        }
    }
}
