package org.entekhabat.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import org.entekhabat.DatabaseTest;
import org.entekhabat.web.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A visitor with no login watches a contest page update itself when a station's report arrives. */
@DatabaseTest
class ResultsPageBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired JdbcClient jdbc;
    @Autowired Results results;
    @Autowired org.entekhabat.voters.DeviceRegistry devices;
    @Autowired org.entekhabat.results.ResultsRegistry registry;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void theContestPageUpdatesLiveWhenAReportArrives() {
        var f = new ResultsFixture(devices, registry);
        String city = f.contest("CITY", 3, 2, "S1", "S2");
        results.receive(f.signed("S1", ResultsFixture.count(city, 1, 0, "11", 50, "12", 40, "13", 30, "14", 20)));
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/results/contest/" + city);
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.getByTestId("missing").textContent()).contains(f.id("S2"));
        assertThat(page.getByTestId("ballots").textContent()).isEqualTo("۱۴۱");

        results.receive(f.signed("S2", ResultsFixture.count(city, 0, 0, "11", 1, "12", 2, "13", 3, "14", 100)));
        page.waitForFunction("s => !document.querySelector('[data-testid=missing]').textContent.includes(s)", f.id("S2"),
                new Page.WaitForFunctionOptions().setTimeout(20_000));
        assertThat(page.getByTestId("ballots").textContent()).isEqualTo("۲۴۷");
        assertThat(page.getByTestId("members").textContent()).contains("۱۲۰"); // candidate 14: 20 + 100
        Browser.screenshot(page, "results-contest");
    }
}
