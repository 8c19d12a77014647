package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.planlineage.support.Browser;
import org.planlineage.support.SeededGraphTest;
import org.planlineage.support.StrictCsp;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * GraphiQL from the jar on a closed network: in a Chromium that can resolve no host but localhost, under a strict
 * Content-Security-Policy, the page loads and runs a query. Saves {@code target/explorer-screenshots/graphiql.png}.
 */
@SeededGraphTest
@Import(StrictCsp.class)
class GraphiqlBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void graphiqlLoadsFromTheJarAndRunsAQueryWithNoNetworkBeyondLocalhost() throws Exception {
        try (Browser browser = Browser.start()) {
            String origin = "http://localhost:" + port;
            browser.driver().get(origin + "/graphiql");
            browser.waiting().until(urlToBe(origin + "/graphiql?path=/graphql"));
            browser.waiting()
                    .until(visibilityOfElementLocated(By.cssSelector(".graphiql-execute-button")))
                    .click();
            try {
                // the response editor (CodeMirror 5) holds the whole answer, drawn or not
                String answer = browser.waiting()
                        .until(d -> browser.<String>script(
                                "const cm = document.querySelector('.graphiql-response .CodeMirror');"
                                        + " return cm && cm.CodeMirror.getValue() || null;"));
                JsonNode row = new ObjectMapper().readTree(answer).path("data").path("planItem");
                assertThat(row.path("text").asText())
                        .isEqualTo("Tỷ lệ xử lý hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc"
                                + " thuộc phạm vi bí mật Nhà nước) tại phường");
                assertThat(row.path("responsibleUnits").findValuesAsText("name"))
                        .contains("UBND Phường 1", "UBND Phường Tân Ngãi", "UBND 11 phường");
            } finally {
                browser.screenshot("graphiql");
            }
            assertThat(browser.consoleErrors())
                    .as("console errors (CSP refusals, failed loads)")
                    .isEmpty();

            // A dialog (settings) opens and closes under the same policy. Its scroll lock writes a <style> element,
            // which the policy refuses: the one refusal allowed, harmless since GraphiQL fills the window.
            browser.driver()
                    .findElement(By.cssSelector("[aria-label='Open settings dialog']"))
                    .click();
            browser.waiting().until(visibilityOfElementLocated(By.cssSelector(".graphiql-dialog")));
            browser.screenshot("graphiql-settings");
            assertThat(browser.consoleErrors())
                    .as("console errors with a dialog open")
                    .allMatch(error -> error.matches(
                            ".*/assets/graphiql-.*Applying inline style violates .*'style-src 'self''.*"));
            browser.driver()
                    .findElement(By.cssSelector(".graphiql-dialog-close"))
                    .click();
            browser.waiting().until(invisibilityOfElementLocated(By.cssSelector(".graphiql-dialog")));
            assertThat(browser.loadedUrls())
                    .isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(origin + "/"));
        }
    }
}
