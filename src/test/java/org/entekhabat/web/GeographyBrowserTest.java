package org.entekhabat.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.entekhabat.DatabaseTest;
import org.entekhabat.demo.DemoData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A new visitor, in headless Chromium, goes from the home page down to one constituency:
 * provinces → Tehran → Tehran county → the Tehran list council, with its 21 seats and 11 alternates.
 */
@DatabaseTest
@TestPropertySource(properties = "entekhabat.clock.fixed=2026-11-21T08:00:00Z")
class GeographyBrowserTest {

    static Browser browser;

    @LocalServerPort int port;
    @Autowired DemoData demo;

    @BeforeAll
    static void start() {
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        browser.close();
    }

    @Test
    void navigatesFromTheHomePageDownToAConstituency() {
        demo.load();
        var page = browser.newPage();
        page.navigate("http://localhost:" + port + "/");
        assertThat(page.locator("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(page.getByTestId("today").textContent()).isEqualTo("۳۰ آبان ۱۴۰۵");

        page.locator("main a[href='/geo']").first().click();
        assertThat(page.locator("[data-testid^='province-row-']").count()).isEqualTo(31);
        page.getByTestId("province-link-123").click();
        page.getByTestId("county-link-1230001").click();

        var tehranList = page.locator("[data-testid^='contest-row-'][data-rule='list-proportional']");
        assertThat(tehranList.getAttribute("data-seats")).isEqualTo("21");
        assertThat(tehranList.getAttribute("data-alternates")).isEqualTo("11");
        tehranList.locator("a").first().click();

        assertThat(page.getByTestId("geo-constituency").isVisible()).isTrue();
        assertThat(page.getByTestId("breadcrumbs").textContent()).contains("تهران");
        assertThat(page.content()).contains("۲۱");
        Browser.screenshot(page, "constituency-tehran");
    }
}
