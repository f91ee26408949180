package org.entekhabat.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.util.Comparator;
import org.entekhabat.DatabaseTest;
import org.entekhabat.TestHttp;
import org.entekhabat.audit.AuditFilter;
import org.entekhabat.audit.AuditLog;
import org.entekhabat.candidacy.CandidateRegistrations;
import org.entekhabat.platform.DomainException;
import org.entekhabat.vetting.CandidateImport;
import org.entekhabat.vetting.CandidateStatus;
import org.entekhabat.vetting.FinalList;
import org.entekhabat.vetting.FinalLists;
import org.entekhabat.vetting.VettingService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The demo's candidates: imported through the real services, idempotent, with stable (seeded) codes and Tehran lists. */
@DatabaseTest
class DemoCandidatesTest {

    @Autowired DemoData demo;
    @Autowired CandidateImport importer;
    @Autowired FinalLists finalLists;
    @Autowired VettingService vetting;
    @Autowired CandidateRegistrations registrations;
    @Autowired CandidateStatus status;
    @Autowired AuditLog audit;
    @LocalServerPort int port;

    @Test
    void theDemoImportsCandidatesListsAndFinalListsOnce() {
        var lines = demo.load().lines();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("Candidates: ").contains("3 Tehran lists"));

        FinalList tehran = finalLists.find("PR-tehran").orElseThrow();
        assertThat(tehran.drill()).isTrue();
        assertThat(tehran.candidates()).hasSize(45);
        assertThat(tehran.lists()).hasSize(3).extracting(p -> p.memberCodes().size()).containsExactlyInAnyOrder(9, 8, 7);
        int highest = tehran.candidates().stream().mapToInt(FinalList.Candidate::code).max().orElseThrow();
        assertThat(tehran.lists()).allSatisfy(p -> assertThat(p.code()).isGreaterThan(highest));
        assertThat(tehran.candidates().stream().filter(c -> c.listTitle() == null)).hasSize(21);
        assertThat(vetting.candidateCodes("PR-tehran")).get().satisfies(r -> {
            assertThat(r.seed()).isEqualTo("import:PR-tehran");
            assertThat(r.reproducible()).isTrue();
        });
        for (String k : new String[] {"CITY-1000001001101", "CITY-1000001001600", "VILLAGE-1000001001001", "MAJLIS-tabriz", "EXPERTS-123"}) {
            assertThat(finalLists.find(k)).as(k).get().satisfies(l -> assertThat(l.candidates()).isNotEmpty());
        }

        // stable: the tracking id derives from the national code, the draw from a fixed seed
        var arak = registrations.applicationsOf("CITY-1000001001101").stream().min(Comparator.comparing(a -> a.nationalCode())).orElseThrow();
        assertThat(arak.imported()).isTrue();
        var timeline = status.timeline(arak.trackingId(), arak.nationalCode());
        assertThat(timeline.imported()).isTrue();
        assertThat(timeline.code()).isNotNull();
        assertThat(audit.entries(new AuditFilter("import", "candidacy.imported", "candidate:" + arak.trackingId()), 0, 5).total()).isEqualTo(1);

        // again: nothing new, the same codes
        var before = vetting.candidateCodes("PR-tehran").orElseThrow().codes();
        assertThat(demo.load().lines()).anySatisfy(l -> assertThat(l).startsWith("Candidates: 0 imported, 76 already there"));
        assertThat(vetting.candidateCodes("PR-tehran").orElseThrow().codes()).isEqualTo(before);

        // public exports
        var api = TestHttp.api(port);
        assertThat(api.get("/api/public/candidates/PR-tehran.csv").body()).contains("امید تهران");
        assertThat(api.get("/candidates/CITY-1000001001101").body()).contains(arak.lastName());
        assertThat(api.get("/api/public/candidates").body()).contains("PR-tehran");

        // Tehran lists: the province's party representative reads them and may not add one outside the window
        String pw = DemoData.DEMO_PASSWORD;
        var page = TestHttp.browser(port).login("party-tehran", pw).get("/tehran-lists/PR-tehran");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("امید تهران").contains("data-testid=\"list-form\"");
        assertThat(api.get("/api/vetting/lists/PR-tehran", "party-tehran", pw).body()).contains("شورای خدمت");
        var late = api.postJson("/api/vetting/lists/PR-tehran", "{\"title\":\"x\",\"members\":[]}", "party-tehran", pw);
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(late.body()).contains("schedule.outside-window");
        assertThat(api.get("/api/vetting/lists/PR-tehran", "governor-arak", pw).statusCode()).isEqualTo(403); // another jurisdiction
        assertThat(api.postJson("/api/vetting/lists/PR-tehran", "{\"title\":\"x\",\"members\":[]}", "tehran-hq", pw).statusCode())
                .isEqualTo(403); // HQ reads lists; only a party representative registers one
    }

    @Test
    void aBadFileImportsNothing() {
        String csv = """
                constituency_id,national_code,first_name,last_name,sex,birth_date,education,prior_council_member,list_title,list_party
                CITY-1000001001600,0991111117,علی,آزمون,MALE,1980-01-01,BACHELOR,false,,
                NO-SUCH-PLACE,0992222222,زهرا,آزمون,FEMALE,1980-01-01,BACHELOR,false,,
                """;
        demo.load();
        var e = catchThrowableOfType(DomainException.class, () -> importer.importCsv(new StringReader(csv), 10));
        assertThat(e.code()).isEqualTo("candidate-import.invalid");
        assertThat(e.messageEn()).contains("line 3").contains("NO-SUCH-PLACE");
        assertThat(registrations.applicationsOf("CITY-1000001001600")).noneMatch(a -> a.nationalCode().equals("0991111117"));
    }
}
