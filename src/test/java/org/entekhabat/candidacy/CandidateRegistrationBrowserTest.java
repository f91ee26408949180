package org.entekhabat.candidacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.entekhabat.DatabaseTest;
import org.entekhabat.election.Elections;
import org.entekhabat.geography.GeographyImports;
import org.entekhabat.registry.Person;
import org.entekhabat.vetting.Board;
import org.entekhabat.vetting.BoardVote;
import org.entekhabat.vetting.Decision;
import org.entekhabat.vetting.LegalGround;
import org.entekhabat.vetting.VettingService;
import org.entekhabat.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * A candidate, in headless Chromium and with no account, registers on /candidate/register (county, then
 * constituency, documents), gets a tracking id; later, after the boards' decisions are recorded through the
 * services, reads the decision and the clause it cites on the status page, opened with the national code.
 */
@DatabaseTest
@Import(WholePathContext.class)
@TestPropertySource(properties = "entekhabat.vetting.simulator.delay=PT1H")
class CandidateRegistrationBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired WholePathContext.MovableClock clock;
    @Autowired GeographyImports imports;
    @Autowired Elections elections;
    @Autowired VettingService vetting;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void registersThenReadsTheDecisionAndItsClause() {
        ElectionFixture.load(imports, elections);
        clock.set("2026-01-13T07:00:00Z"); // 1404/10/23 10:30 Tehran
        Person p = Candidates.person(LocalDate.of(2026, 1, 13), Person.Sex.FEMALE);
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/candidate/register");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        page.selectOption("#county", "1000001");
        page.locator("[data-testid='county-form'] button").click();
        page.fill("#nationalCode", p.code().value());
        page.fill("#firstName", p.firstName());
        page.fill("#lastName", p.lastName());
        page.fill("#birthDate", Jalali.fa(p.birthDate()));
        page.selectOption("#constituencyId", new SelectOption().setValue(ElectionFixture.ARAK));
        page.selectOption("#education", "MASTER");
        page.fill("#educationCode", "12345678901234567890");
        page.fill("#criminalRecordIssuedOn", "۱۴۰۴/۰۹/۱۰");
        page.fill("#motivation", "خدمت به مردم اراک");
        page.setInputFiles("#educationFile", new FilePayload("madrak.pdf", "application/pdf", Candidates.PDF));
        page.setInputFiles("#criminalRecordFile", new FilePayload("sooe.pdf", "application/pdf", Candidates.PDF));
        page.setInputFiles("#photoFile", new FilePayload("aks.png", "image/png", Candidates.PNG));
        page.locator("button[name='action'][value='register']").click();

        String tracking = page.getByTestId("tracking-id").textContent().strip();
        assertThat(TrackingId.isValid(tracking)).as(page.content()).isTrue();
        Browser.screenshot(page, "candidate-registered");

        // the boards decide (recorded through the services; their pages are another module's)
        clock.set("2026-01-28T06:00:00Z");
        vetting.executiveDecision(tracking, Decision.reject(Board.EXECUTIVE, List.of(LegalGround.A37_CRIMINAL_RECORD),
                "گواهی عدم سوءپیشینه محکومیت مؤثر را نشان می‌دهد.",
                new BoardVote(Set.of("e1", "e2", "e3", "e4", "e5", "e6"), Set.of("e1", "e2", "e3", "e4")), clock.instant()));

        page.getByTestId("status-link").click();
        page.fill("#nationalCode", p.code().value());
        page.locator("[data-testid='status-form'] button").click();
        var decision = page.locator("[data-board='EXECUTIVE']");
        assertThat(decision.getAttribute("data-verdict")).isEqualTo("REJECTED");
        assertThat(decision.locator("[data-ground='A37_CRIMINAL_RECORD'] .citation").textContent()).isEqualTo("Art. 37(t)");
        assertThat(decision.textContent()).contains("سوءپیشینهٔ کیفری مؤثر").contains("محکومیت مؤثر را نشان می‌دهد");
        assertThat(page.getByTestId("stage").getAttribute("data-stage")).isEqualTo("EXECUTIVE_DECIDED");
        assertThat(page.locator("[data-testid='inquiries'] tbody tr").count()).isEqualTo(5);
        Browser.screenshot(page, "candidate-status-decision");
    }
}
