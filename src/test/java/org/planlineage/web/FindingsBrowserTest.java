package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.urlToBe;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.planlineage.support.SeededGraphTest;
import org.planlineage.support.StrictCsp;
import org.springframework.context.annotation.Import;

/**
 * The explorer's findings page and "who answers today", driven in headless Chromium over the seeded graph under
 * the strict Content-Security-Policy: an auditor filters the findings to one kind and year, reads the exact count
 * and sentence, pages with "Show more", follows a finding to its row and its evidence to the source's lines, and
 * sees who answers today for a unit whose duties passed on. Screenshots in {@code target/explorer-screenshots/}.
 */
@SeededGraphTest
@Import(StrictCsp.class)
class FindingsBrowserTest extends ExplorerPages {

    private static final String WEAKER_2024 = "/explorer/findings?kind=WEAKER_THAN_UPPER&year=2024";
    private static final String ROW_2_WEAKER = "WEAKER_THAN_UPPER/2024/3100-qd-ubnd-2023:2/206-qd-ubnd-2024:2";
    private static final String SO_TTTT_ROW_9 =
            "ASSIGNED_TO_FORMER_UNIT/206-qd-ubnd-2024:9/COOPERATING/so-thong-tin-va-truyen-thong";

    private WebElement finding(String id) {
        return waitFor(".findings li[data-id='" + id + "']");
    }

    @Test
    void theWeakerTargetsOf2024AreCountedShownInRedAndPagedToTheirEnd() {
        browser.driver().get(url(WEAKER_2024));
        assertThat(waitFor(".findings-heading").getText()).isEqualTo("29 weaker targets in 2024");
        // the counts of every kind under the other filters; only the ticked kind is listed
        assertThat(waitFor(".kind-choice[data-kind=WEAKER_THAN_UPPER]").getText())
                .isEqualTo("Weaker than the level above\n29");
        assertThat(texts(".kind-choice")).hasSize(8);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".kind-choice[data-kind=WEAKER_THAN_UPPER] input"))
                        .isSelected())
                .isTrue();
        assertThat(waitFor("input[name=year]").getDomProperty("value")).isEqualTo("2024");

        WebElement first = finding(ROW_2_WEAKER);
        assertThat(first.findElement(By.cssSelector(".finding-explanation")).getText())
                .isEqualTo("For 2024, row 2 of 3100/QĐ-UBND (district level; led by Văn phòng HĐND&UBND thành phố"
                        + " Vĩnh Long) asks for less than row 2 of 206/QĐ-UBND (province level) on \"Tỷ lệ dịch vụ"
                        + " công trực tuyến toàn trình được cung cấp trên nhiều phương tiện truy cập\": \"80%\" asks"
                        + " for less than \"100%\".");
        assertThat(first.findElement(By.cssSelector(".severity")).getText()).isEqualToIgnoringCase("High");
        WebElement verdict = first.findElement(By.cssSelector(".verdict"));
        assertThat(verdict.getText()).isEqualTo("weaker: asks for less");
        assertThat(verdict.getCssValue("color")).isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(first.getCssValue("border-left-color")).isEqualTo("rgba(180, 35, 24, 1)");
        assertThat(first.findElements(By.cssSelector(".concerns dd a")).stream().map(WebElement::getText))
                .containsExactly(
                        "3100/QĐ-UBND · row 2",
                        "206/QĐ-UBND · row 2",
                        "3100/QĐ-UBND",
                        "206/QĐ-UBND",
                        "Văn phòng HĐND&UBND thành phố Vĩnh Long",
                        "Tỷ lệ dịch vụ công trực tuyến toàn trình được cung cấp trên nhiều phương tiện truy cập");
        assertThat(texts(".findings li[data-id='" + ROW_2_WEAKER + "'] .evidence .source-link"))
                .containsExactly("Source lines 747-776", "Source lines 10");

        // twenty on the first page; "Show more" brings the other nine and goes away
        assertThat(texts(".findings > li")).hasSize(20);
        assertThat(waitFor(".finding-results [role=status]").getText()).isEqualTo("20 of 29 shown.");
        waitFor(".finding-results button.more").click();
        browser.waiting().until(numberOfElementsToBe(By.cssSelector(".findings > li"), 29));
        assertThat(browser.driver()
                        .findElements(By.cssSelector(".findings > li[data-kind=WEAKER_THAN_UPPER]"))
                        .size())
                .isEqualTo(29);
        assertThat(browser.driver()
                        .findElement(By.cssSelector(".finding-results button.more"))
                        .isDisplayed())
                .isFalse();

        // a finding's row opens the row's page
        WebElement row = first.findElement(By.linkText("3100/QĐ-UBND · row 2"));
        // clear of the sticky header, which Selenium's own scrolling leaves it under
        browser.script("arguments[0].scrollIntoView({block: 'center'})", row);
        row.click();
        browser.waiting().until(urlToBe(url("/explorer/item/3100-qd-ubnd-2023:2")));
        assertThat(waitFor("h1").getText())
                .isEqualTo("Duy trì tỷ lệ dịch vụ công trực tuyến toàn trình được cung cấp trên nhiều phương tiện truy"
                        + " cập khác nhau (máy tính, điện thoại, máy tính bảng, …)");
        browser.driver().navigate().back();
        browser.waiting().until(urlToBe(url(WEAKER_2024)));
        assertThat(waitFor(".findings-heading").getText()).isEqualTo("29 weaker targets in 2024");
    }

    @Test
    void aFindingsEvidenceLinkOpensTheSourceAtTheQuotedLines() {
        browser.driver().get(url("/explorer/findings?kind=ASSIGNED_TO_FORMER_UNIT&document=206/QĐ-UBND"));
        WebElement former = finding(SO_TTTT_ROW_9);
        assertThat(former.findElement(By.cssSelector(".finding-explanation")).getText())
                .isEqualTo("Row 9 of 206/QĐ-UBND names Sở Thông tin và Truyền thông as a cooperating unit; its duties"
                        + " passed to Sở Khoa học và Công nghệ (no date stated), and today Sở Khoa học và Công nghệ"
                        + " answers for it.");
        WebElement evidence = former.findElement(By.cssSelector(".evidence"));
        assertThat(evidence.findElement(By.tagName("blockquote")).getText())
                .isEqualTo("Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công nghệ)");
        WebElement source = evidence.findElement(By.cssSelector("a.source-link"));
        assertThat(source.getText()).isEqualTo("Source lines 455-457");

        // the link opens the source's text in a new tab, at those lines, numbered
        assertThat(sourceLinesOpenedBy(source, "/sources/001_cb860d839e339891.txt?lines=455-457"))
                .isEqualTo("455  tỉnh đã đề nghị Sở Thông tin và Truyền thông (nay là Sở Khoa học và Công \n"
                        + "456  \n"
                        + "457  nghệ) đưa vào Kế hoạch chuyển đổi số của tỉnh năm 2025, nhưng đến nay vẫn ");
        // a plain-text page names no icon: the browser's request for /favicon.ico is redirected to the explorer's
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void aDocumentLinksToItsFindingsWhichTheKindsNarrow() {
        browser.driver().get(url("/explorer/document/31-kh-skhcn-2025"));
        waitFor("a.findings-link").click();
        browser.waiting().until(urlToBe(url("/explorer/findings?document=31-kh-skhcn-2025")));
        waitFor(".findings-heading");
        assertThat(waitFor(".kind-choice[data-kind=TARGET_BELOW_RESULT]").getText())
                .isEqualTo("Target below a result\n9");

        waitFor(".kind-choice[data-kind=TARGET_BELOW_RESULT] input").click();
        browser.waiting().until(urlToBe(url("/explorer/findings?kind=TARGET_BELOW_RESULT&document=31-kh-skhcn-2025")));
        browser.waiting()
                .until(textToBe(
                        By.cssSelector(".findings-heading"), "9 targets below a result concerning 31/KH-SKHCN"));
        assertThat(texts(".findings > li .finding-kind")).hasSize(9).containsOnly("Target below a result");
        assertThat(texts(".findings > li:first-child .concerns dd a")).startsWith("31/KH-SKHCN · row 5");
    }

    @Test
    void aRowNamingASucceededUnitShowsWhoAnswersTodayAndTheUnitItsSuccessor() {
        browser.driver().get(url("/explorer/item/206-qd-ubnd-2024:9"));
        WebElement former = waitFor("[data-role=Cooperating] li[data-unit=so-thong-tin-va-truyen-thong]");
        assertThat(former.findElement(By.cssSelector("a")).getText()).isEqualTo("Sở Thông tin và Truyền thông");
        WebElement today = former.findElement(By.cssSelector(".today"));
        assertThat(today.getText())
                .isEqualTo("today: Sở Khoa học và Công nghệ (no date stated) · source lines 455-457");
        assertThat(today.findElement(By.cssSelector("a.source-link")).getDomAttribute("href"))
                .isEqualTo("/sources/001_cb860d839e339891.txt?lines=455-457");

        today.findElement(By.linkText("Sở Khoa học và Công nghệ")).click();
        browser.waiting().until(urlToBe(url("/explorer/unit/so-khoa-hoc-va-cong-nghe")));
        assertThat(waitFor("h1").getText()).isEqualTo("Sở Khoa học và Công nghệ");
        assertThat(texts(".successions > li").get(0))
                .startsWith("Took over the duties of Sở Thông tin và Truyền thông");
    }

    @Test
    void theWardsOfRow12ShowWhoAnswersTodayAndOnTheEveOfTheReorganisation() {
        browser.driver().get(url("/explorer/item/3100-qd-ubnd-2023:12"));
        WebElement phuong1 = waitFor("[data-role=Lead] .members li[data-unit=ubnd-phuong-1-tpvl]");
        assertThat(phuong1.getDomAttribute("data-status")).isEqualTo("SUCCEEDED");
        WebElement today = phuong1.findElement(By.cssSelector(".today"));
        assertThat(today.getText())
                .isEqualTo("today: UBND phường Long Châu (since 01/07/2025, whole) · 1687/NQ-UBTVQH15, lines 411-413");
        assertThat(today.findElement(By.cssSelector("a.source-link")).getDomAttribute("href"))
                .isEqualTo("/sources/1687_NQ-UBTVQH15.txt?lines=411-413");
        // no clause of 1687 names Phường 2: nothing is said beside it
        WebElement phuong2 = waitFor("[data-role=Lead] .members li[data-unit=ubnd-phuong-2-tpvl]");
        assertThat(phuong2.getDomAttribute("data-status")).isEqualTo("NO_SUCCESSOR_STATED");
        assertThat(phuong2.findElements(By.cssSelector(".today"))).isEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("[data-role=Lead] .members .today")))
                .hasSize(10);

        // on 30 June 2025 the former wards still answered
        browser.driver().get(url("/explorer/item/3100-qd-ubnd-2023:12?asOf=2025-06-30"));
        WebElement before = waitFor("[data-role=Lead] .members li[data-unit=ubnd-phuong-1-tpvl]");
        assertThat(before.getDomAttribute("data-status")).isEqualTo("NOT_YET_SUCCEEDED");
        assertThat(before.findElement(By.cssSelector(".today")).getText())
                .isEqualTo("on 30/06/2025: still answers itself (a succession takes effect later)");
        assertThat(waitFor(".as-of input").getDomProperty("value")).isEqualTo("2025-06-30");
    }

    @Test
    void aSucceededWardShowsItsSuccessorWithDatesShareAndClause() {
        browser.driver().get(url("/explorer/unit/ubnd-phuong-1-tpvl"));
        WebElement successor = waitFor(".successions > li[data-unit=ubnd-phuong-long-chau-2025]");
        assertThat(successor.getText())
                .startsWith(
                        "Its duties passed to UBND phường Long Châu since 01/07/2025 (decided 16/06/2025), the whole"
                                + " unit");
        assertThat(successor.findElements(By.cssSelector(".evidence .evidence-where")).stream()
                        .map(WebElement::getText))
                .containsExactly(
                        "1687/NQ-UBTVQH15 · Điều 1, khoản 103",
                        "1687/NQ-UBTVQH15 · Điều 2, khoản 1",
                        "1687/NQ-UBTVQH15 · Điều 2, khoản 2");
        assertThat(waitFor(".answering").getText()).startsWith("Who answers today: ");

        successor.findElement(By.linkText("UBND phường Long Châu")).click();
        browser.waiting().until(urlToBe(url("/explorer/unit/ubnd-phuong-long-chau-2025")));
        assertThat(waitFor("h1").getText()).isEqualTo("UBND phường Long Châu");
        assertThat(texts(".successions > li").stream().filter(t -> t.startsWith("Took over the duties of ")))
                .anySatisfy(t -> assertThat(t).startsWith("Took over the duties of UBND Phường 1 since 01/07/2025"));
    }

    @Test
    void aDocumentSaysHowItIsRelatedToAnotherByItsNumber() {
        browser.driver().get(url("/explorer/document/3100-qd-ubnd-2023"));
        waitFor(".relation-form input").sendKeys("57-NQ/TW");
        waitFor(".relation-form button").click();
        assertThat(waitFor(".relation-summary").getText())
                .isEqualTo("3100/QĐ-UBND (issued 2023-07-21) and 57-NQ/TW (issued 2024-12-22, after it) are connected"
                        + " by 1 shortest chain of 3 steps.");
        assertThat(browser.driver().getCurrentUrl())
                .isEqualTo(url("/explorer/document/3100-qd-ubnd-2023?related=57-NQ/TW"));
        assertThat(texts(".chain-path a"))
                .hasSize(4)
                .startsWith("3100/QĐ-UBND", "742/QĐ-UBND")
                .endsWith("57-NQ/TW");
        assertThat(texts(".chain-steps > li summary"))
                .startsWith("3100/QĐ-UBND takes 742/QĐ-UBND as its legal basis", "3100/QĐ-UBND implements 742/QĐ-UBND");

        // the URL names the other end: a reload asks again
        browser.driver().navigate().refresh();
        assertThat(waitFor(".relation-summary").getText()).startsWith("3100/QĐ-UBND (issued 2023-07-21) and 57-NQ/TW");
    }

    @Test
    void whatIsNotAFilterIsSaidAndAnUnknownDocumentIsTheApisNotFound() {
        browser.driver().get(url("/explorer/findings?kind=WEAKER&document=999/QĐ-XYZ"));
        assertThat(waitFor(".finding-filters ~ .warning, .entity-header .warning")
                        .getText())
                .isEqualTo("Left out of the filters: kind=WEAKER is not a kind of finding.");
        WebElement error = waitFor(".finding-results .error[role=alert]");
        assertThat(error.findElement(By.tagName("h2")).getText()).isEqualTo("Not in the graph");
        assertThat(texts(".finding-results .error li"))
                .containsExactly("No document with key, id or number '999/QĐ-XYZ'; find one with documents(filter:"
                        + " ...) or search(text: ...)");
        assertThat(error.getText()).contains("extensions.classification: NOT_FOUND");
        // asking again would be refused again: no Try again; the filters stay to be corrected
        assertThat(error.findElements(By.cssSelector("button.retry"))).isEmpty();
        assertThat(waitFor("input[name=document]").getDomProperty("value")).isEqualTo("999/QĐ-XYZ");
    }

    @Test
    void aPhoneScreenShowsTheFindingsWithoutSidewaysScrolling() {
        browser.driver().manage().window().setSize(new Dimension(390, 844));
        browser.driver().get(url("/explorer/findings?kind=MISSING_COUNTERPART"));
        assertThat(waitFor(".findings-heading").getText()).isEqualTo("13 missing counterparts");
        long overflow = ((Number) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .longValue();
        assertThat(overflow).isZero();
        screenshot = "aPhoneScreenShowsTheFindingsWithoutSidewaysScrolling-390px";
    }
}
