package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfWindowsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.planlineage.support.Browser;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test of the explorer shares: one headless Chromium per class in a laptop-sized window, a
 * screenshot after each test named for it, and after each test no console error (a CSP refusal, a failed load) and no
 * request that left the service; plus the steps the tests repeat (wait for an element, read a list's texts, follow a
 * source link to its numbered lines in a new tab).
 */
abstract class ExplorerPages {

    static Browser browser;

    @LocalServerPort
    int port;

    String screenshot;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void laptopWindow(TestInfo test) {
        browser.driver().manage().window().setSize(new Dimension(1280, 900));
        screenshot = test.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void screenshotAndNoRefusals() {
        browser.screenshot(screenshot);
        assertThat(browser.consoleErrors())
                .as("console errors (CSP refusals, failed loads)")
                .isEmpty();
        assertThat(browser.loadedUrls()).allSatisfy(url -> assertThat(url).startsWith(url("/")));
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    WebElement waitFor(String css) {
        return browser.waiting().until(visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<String> texts(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream()
                .map(WebElement::getText)
                .toList();
    }

    /**
     * Clicks a source link, which opens the source's text in a new tab; waits there for {@code path} (the lines the
     * link names), saves a screenshot, closes the tab, comes back to the explorer and returns the tab's numbered text.
     */
    String sourceLinesOpenedBy(WebElement link, String path) {
        String explorer = browser.driver().getWindowHandle();
        link.click();
        browser.waiting().until(numberOfWindowsToBe(2));
        String tab = browser.driver().getWindowHandles().stream()
                .filter(handle -> !handle.equals(explorer))
                .findFirst()
                .orElseThrow();
        browser.driver().switchTo().window(tab);
        try {
            browser.waiting().until(urlToBe(url(path)));
            String text = waitFor("body").getText();
            browser.screenshot(screenshot + "-source");
            return text;
        } finally {
            browser.driver().close();
            browser.driver().switchTo().window(explorer);
        }
    }
}
