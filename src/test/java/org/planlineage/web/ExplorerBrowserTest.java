package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlContains;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.planlineage.support.SeededGraphTest;
import org.planlineage.support.StrictCsp;
import org.springframework.context.annotation.Import;

/**
 * The explorer driven in a real headless Chromium over the seeded graph, under a strict Content-Security-Policy:
 * what an auditor does (find a row without typing diacritics, see who answers for it and where it comes from, open
 * the words of the source) and what an analyst does (see a weaker target in red). Each test saves a screenshot in
 * {@code target/explorer-screenshots/}.
 */
@SeededGraphTest
@Import(StrictCsp.class)
class ExplorerBrowserTest extends ExplorerPages {

    private static final String ROW_12 = "/explorer/item/3100-qd-ubnd-2023:12";
    private static final List<String> ELEVEN_WARDS = List.of(
            "UBND Phường 1",
            "UBND Phường 2",
            "UBND Phường 3",
            "UBND Phường 4",
            "UBND Phường 5",
            "UBND Phường 8",
            "UBND Phường 9",
            "UBND Phường Trường An",
            "UBND Phường Tân Hòa",
            "UBND Phường Tân Hội",
            "UBND Phường Tân Ngãi");

    @Test
    void aSearchWithoutDiacriticsFindsTheRowWhichShowsItsElevenWardsAndItsChainTo07NqTu() {
        browser.driver().get(url("/explorer/"));
        waitFor("#search-text").sendKeys("ty le ho so cong viec tai phuong");
        browser.waiting().until(urlContains("?q=ty+le+ho+so+cong+viec+tai+phuong"));
        WebElement first = waitFor(".hits .hit[data-kind=PLAN_ITEM] .hit-title");
        assertThat(first.getText()).isEqualTo("3100/QĐ-UBND · row 12");
        assertThat(texts(".hits .hit:first-child mark")).contains("Tỷ", "lệ", "hồ", "sơ", "phường");

        first.click();
        browser.waiting().until(urlToBe(url(ROW_12)));
        assertThat(waitFor("h1").getText())
                .isEqualTo("Tỷ lệ xử lý hồ sơ công việc được xử lý trên môi trường mạng (trừ hồ sơ công việc thuộc"
                        + " phạm vi bí mật Nhà nước) tại phường");
        browser.waiting().until(numberOfElementsToBe(By.cssSelector("[data-role=Lead] .members li"), 11));
        assertThat(texts("[data-role=Lead] .members li > a:first-child")).containsExactlyElementsOf(ELEVEN_WARDS);
        assertThat(texts("[data-role=Lead] .group > p")).containsExactly("UBND 11 phường — 11 members:");
        assertThat(texts("[data-role=Cooperating] .units li"))
                .containsExactly("Văn phòng HĐND&UBND thành phố Vĩnh Long");
        assertThat(texts(".years tbody tr:first-child td")).containsExactly("40%", "50%", "60%");

        // the chain: row → 3100/QĐ-UBND → 742/QĐ-UBND and 147-KH/TU → 07-NQ/TU, drawn and listed
        browser.waiting().until(d -> "8".equals(waitFor(".graph").getDomAttribute("data-drawn")));
        assertThat(texts(".edge-list li"))
                .contains(
                        "3100/QĐ-UBND · row 12 set in → 3100/QĐ-UBND",
                        "3100/QĐ-UBND implements · legal basis → 742/QĐ-UBND",
                        "742/QĐ-UBND implements → 07-NQ/TU",
                        "147-KH/TU implements → 07-NQ/TU");

        // the back button returns to the results as typed
        browser.driver().navigate().back();
        browser.waiting().until(urlContains("/explorer/?q="));
        assertThat(waitFor(".hits .hit-title").getText()).isEqualTo("3100/QĐ-UBND · row 12");
        assertThat(waitFor("#search-text").getDomProperty("value")).isEqualTo("ty le ho so cong viec tai phuong");
    }

    @Test
    void aLinkOfTheChainShowsTheQuotedWordsAndOpensTheSourceAtTheirLines() {
        browser.driver().get(url(ROW_12));
        waitFor("li[data-from='Document:742-qd-ubnd-2023'][data-to='Document:07-nq-tu-2022'] .relation-button")
                .click();
        WebElement details = waitFor(".edge-panel .edge-details");
        assertThat(details.findElement(By.tagName("h3")).getText()).isEqualTo("742/QĐ-UBND → 07-NQ/TU");
        assertThat(details.findElement(By.cssSelector(".relation")).getText()).isEqualTo("implements (thực hiện)");
        WebElement evidence = details.findElement(By.cssSelector(".evidence"));
        assertThat(evidence.findElement(By.cssSelector(".evidence-where")).getText())
                .isEqualTo("3100/QĐ-UBND · Căn cứ, dòng 3 (trích yếu của 742/QĐ-UBND)");
        assertThat(evidence.findElement(By.tagName("blockquote")).getText())
                .startsWith("về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-NQ/TU");
        WebElement source = evidence.findElement(By.cssSelector("a.source-link"));
        assertThat(source.getText()).isEqualTo("Source lines 25-27");
        assertThat(source.getDomAttribute("href")).isEqualTo("/sources/000_04b1b475b92f531c.txt?lines=25-27");

        // the link opens the source's text in a new tab, at those lines, numbered
        assertThat(sourceLinesOpenedBy(source, "/sources/000_04b1b475b92f531c.txt?lines=25-27"))
                .isEqualTo("25  tỉnh Vĩnh Long về việc ban hành Kế hoạch triển khai thực hiện Nghị quyết số 07-\n"
                        + "26  \n"
                        + "27  NQ/TU ngày 16/11/2022 của Ban Chấp hành Đảng bộ tỉnh về chuyển đổi số tỉnh Vĩnh ");
        // a plain-text page names no icon: the browser's request for /favicon.ico is redirected to the explorer's
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theComparisonShowsTheCitysWeakerTargetInRed() {
        browser.driver().get(url(ROW_12));
        WebElement lower = waitFor(".verdicts tr[data-verdict=LOWER]");
        assertThat(lower.findElements(By.tagName("td")).stream().map(WebElement::getText))
                .containsExactly(
                        "2024",
                        "3100/QĐ-UBND (district / city): 50%",
                        "206/QĐ-UBND (province): 100%",
                        "weaker: asks for less\n\"50%\" asks for less than \"100%\"");
        WebElement verdict = lower.findElement(By.cssSelector(".verdict"));
        assertThat(verdict.getCssValue("color")).isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(verdict.getCssValue("background-color")).isEqualTo("rgba(254, 228, 226, 1)");
    }

    @Test
    void aDocumentShowsItsHeaderItsChainUpAndTheDocumentsDerivedFromIt() {
        browser.driver().get(url("/explorer/document/742-qd-ubnd-2023"));
        assertThat(waitFor("h1").getText()).isEqualTo("742/QĐ-UBND");
        assertThat(texts(".facts dd"))
                .containsExactly(
                        "06/04/2023", "06/4/2023", "Ủy ban nhân dân tỉnh Vĩnh Long", "province", "742-qd-ubnd-2023");
        browser.waiting().until(d -> "5".equals(waitFor(".graph").getDomAttribute("data-drawn")));
        assertThat(texts(".edge-list li"))
                .containsExactlyInAnyOrder(
                        "742/QĐ-UBND implements → 07-NQ/TU",
                        "206/QĐ-UBND implements · legal basis → 742/QĐ-UBND",
                        "3100/QĐ-UBND implements · legal basis → 742/QĐ-UBND",
                        "Thực hiện các nhiệm vụ chuyển đổi số và dự toán… legal basis → 742/QĐ-UBND");
    }

    @Test
    void aDocumentListsItsRowsByPillarWithTargetsPerYear() {
        browser.driver().get(url("/explorer/document/3100-qd-ubnd-2023"));
        waitFor(".items-section .pillar");
        assertThat(texts(".items-section .pillar h3").get(0)).startsWith("Digital government (Chính quyền số) · ");
        WebElement row12 = browser.driver()
                .findElement(By.xpath("//section[contains(@class,'pillar')]//tr[td[1]/a[normalize-space()='12']]"));
        assertThat(row12.findElements(By.tagName("td")).stream().skip(2).map(WebElement::getText))
                .containsExactly("40%", "50%", "60%");
    }

    @Test
    void aWardShowsTheRowsItLeadsThroughItsGroup() {
        browser.driver().get(url("/explorer/unit/ubnd-phuong-1-tpvl"));
        assertThat(waitFor("h1").getText()).isEqualTo("UBND Phường 1");
        assertThat(texts("section h2")).contains("Member of (2)");
        assertThat(texts(".unit-items h2")).anySatisfy(h -> assertThat(h).startsWith("Leads through UBND 11 phường ("));
        // all of the group's rows on one page: nothing more to show
        WebElement leads = waitFor(".unit-items[data-list=leads]");
        String heading = leads.findElement(By.tagName("h2")).getText();
        int total = Integer.parseInt(heading.substring(heading.lastIndexOf('(') + 1, heading.length() - 1));
        assertThat(leads.findElements(By.cssSelector("tbody tr"))).hasSize(total);
        assertThat(leads.findElement(By.cssSelector("button.more")).isDisplayed())
                .isFalse();
        assertThat(texts(".unit-items td a"))
                .contains("Tỷ lệ xử lý hồ sơ công việc được xử lý trên môi trường mạng"
                        + " (trừ hồ sơ công việc thuộc phạm vi bí mật Nhà nước) tại phường");
    }

    @Test
    void anUnknownKeyShowsTheApisNotFoundError() {
        browser.driver().get(url("/explorer/document/no-such-document"));
        WebElement error = waitFor(".error[role=alert]");
        assertThat(error.findElement(By.tagName("h2")).getText()).isEqualTo("Not in the graph");
        assertThat(error.getText()).contains("extensions.classification: NOT_FOUND");
    }

    @Test
    void aPhoneScreenShowsTheRowWithoutSidewaysScrolling() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(url(ROW_12));
        browser.waiting().until(numberOfElementsToBe(By.cssSelector("[data-role=Lead] .members li"), 11));
        waitFor(".verdicts");
        long overflow = ((Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertThat(overflow).isZero();
        screenshot = "aPhoneScreenShowsTheRowWithoutSidewaysScrolling-390px";
    }
}
