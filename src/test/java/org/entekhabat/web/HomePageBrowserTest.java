package org.entekhabat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.entekhabat.DatabaseTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** A new visitor opens the home page in headless Chromium: Persian, right-to-left, today's Jalali date. */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-11-21T08:00:00Z")
class HomePageBrowserTest {

    static Browser browser;

    @LocalServerPort int port;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void homePageIsPersianRightToLeftWithTodaysJalaliDate() {
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.locator("html").getAttribute("lang")).isEqualTo("fa");
        // 2026-11-21 is 30 Aban 1405
        assertThat(page.getByTestId("today").textContent()).isEqualTo("۳۰ آبان ۱۴۰۵");
        assertThat(page.evaluate("getComputedStyle(document.body).fontFamily").toString()).contains("Vazirmatn");
        Browser.screenshot(page, "home");

        page.navigate("http://localhost:" + port + "/?lang=en");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("ltr");
        assertThat(page.getByTestId("today").textContent()).isEqualTo("30 Aban 1405");
    }
}
