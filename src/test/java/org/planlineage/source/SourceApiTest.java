package org.planlineage.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * The source texts through the API: {@code Provenance.excerpt}, {@code Document.sourceText} and
 * {@code Document.sourceFiles} over GraphQL, and {@code GET /sources/<file>} as plain text, with their refusals.
 */
@SeededGraphTest
class SourceApiTest {

    static final String FILE_3100 = "000_04b1b475b92f531c.txt";
    static final String LINE_6 = "Ban hành Kế hoạch hành động thực hiện Quyết định số 742/QĐ-UBND ngày ";
    static final String LINE_7 = "06/4/2023 của Ủy ban nhân dân tỉnh Vĩnh Long và Kế hoạch số 147-KH/TU ngày ";

    @Autowired
    HttpGraphQlTester graphQl;

    @LocalServerPort
    int port;

    static final HttpClient HTTP = HttpClient.newHttpClient();

    // ---- Provenance.excerpt -----------------------------------------------------------------------------------

    record Line(int number, String text) {}

    record Position(int line, int column) {}

    record Excerpt(
            String file,
            int from,
            int to,
            String text,
            List<Line> lines,
            boolean quoteFound,
            Position quoteStart,
            Position quoteEnd,
            String quoteMatch,
            String link) {}

    @Test
    void aLinksStatementAnswersItsLinesAndWhereItsQuoteStartsAndEnds() {
        var excerpts = graphQl.documentName("sourceExcerpt")
                .variable("key", "3100-qd-ubnd-2023")
                .execute()
                .path("document.basedOn[?(@.document.key == '742-qd-ubnd-2023')].provenance[?(@.lines == '6-7')]"
                        + ".excerpt")
                .entityList(Excerpt.class)
                .get();
        assertThat(excerpts)
                .containsExactly(new Excerpt(
                        FILE_3100,
                        6,
                        7,
                        LINE_6 + "\n" + LINE_7,
                        List.of(new Line(6, LINE_6), new Line(7, LINE_7)),
                        true,
                        new Position(6, 1),
                        new Position(7, 44),
                        "EXACT",
                        "/sources/" + FILE_3100 + "?lines=6-7"));
    }

    @Test
    void aPlanItemsProvenanceHasItsRowsLinesAndNoQuoteToFind() {
        var excerpt = graphQl.document("""
                        { planItem(key: "3100-qd-ubnd-2023:12") { provenance { lines excerpt {
                            from to quoteFound quoteStart { line } quoteMatch lines { number } } } } }""")
                .execute()
                .path("planItem.provenance[0].excerpt")
                .entity(Map.class)
                .get();
        assertThat(excerpt)
                .containsEntry("from", 1109)
                .containsEntry("to", 1153)
                .containsEntry("quoteFound", false)
                .containsEntry("quoteStart", null)
                .containsEntry("quoteMatch", null);
        assertThat((List<?>) excerpt.get("lines")).hasSize(1153 - 1109 + 1);
    }

    // ---- Document.sourceText and sourceFiles ------------------------------------------------------------------

    record Page(
            String file,
            String part,
            boolean primary,
            int lineCount,
            int from,
            int to,
            List<Line> lines,
            boolean hasNextLines,
            String link) {}

    @Test
    void aDocumentsTextIsPagedThroughItsPrimaryFile() {
        var page = sourceText("3100-qd-ubnd-2023", 6, 2, null)
                .path("document.sourceText")
                .entity(Page.class)
                .get();
        assertThat(page)
                .isEqualTo(new Page(
                        FILE_3100,
                        "Quyết định 3100/QĐ-UBND, its Kế hoạch hành động and the Phụ lục of targets",
                        true,
                        5550,
                        6,
                        7,
                        List.of(new Line(6, LINE_6), new Line(7, LINE_7)),
                        true,
                        "/sources/" + FILE_3100));

        var last = sourceText("3100-qd-ubnd-2023", 5500, 100, null)
                .path("document.sourceText")
                .entity(Page.class)
                .get();
        assertThat(last.from()).isEqualTo(5500);
        assertThat(last.to()).isEqualTo(5550);
        assertThat(last.lines()).hasSize(51);
        assertThat(last.hasNextLines()).isFalse();
    }

    @Test
    void aDocumentWithTwoTextsNamesBothAndPagesTheOtherOnRequest() {
        var response = sourceText("206-qd-ubnd-2024", 1, 3, "002_f3fbce1528a64abc.txt");
        response.path("document.sourceFiles[*].file")
                .entityList(String.class)
                .containsExactly("003_8b5c3a2d4cef5978.txt", "002_f3fbce1528a64abc.txt");
        response.path("document.sourceFiles[*].primary")
                .entityList(Boolean.class)
                .containsExactly(true, false);
        response.path("document.sourceText.file").entity(String.class).isEqualTo("002_f3fbce1528a64abc.txt");
        response.path("document.sourceText.part")
                .entity(String.class)
                .isEqualTo("Phụ lục 2 of Quyết định 206/QĐ-UBND: 2024 targets");
        response.path("document.sourceText.lines[*].text")
                .entityList(String.class)
                .containsExactly("", "", "PHỤ LỤC 2");
    }

    @Test
    void aDocumentOnlyCitedHasNoSourceText() {
        var response = sourceText("07-nq-tu-2022", 1, 10, null);
        response.path("document.sourceText").valueIsNull();
        response.path("document.sourceFiles").entityList(Object.class).hasSize(0);
    }

    @Test
    void aPageOutsideTheTextOrAFileOfAnotherDocumentIsABadRequestSayingWhatToSend() {
        assertBadRequest(
                sourceText("3100-qd-ubnd-2023", 5551, 10, null),
                "'from' must be a line of " + FILE_3100 + ", 1 to 5550; got 5551");
        assertBadRequest(sourceText("3100-qd-ubnd-2023", 1, 501, null), "'first' must be between 1 and 500; got 501");
        assertBadRequest(sourceText("3100-qd-ubnd-2023", 1, 0, null), "'first' must be between 1 and 500; got 0");
        assertBadRequest(
                sourceText("3100-qd-ubnd-2023", 1, 10, "002_f3fbce1528a64abc.txt"),
                "'002_f3fbce1528a64abc.txt' is not a text of document 3100-qd-ubnd-2023; its texts are [" + FILE_3100
                        + "]");
    }

    @Test
    void explicitNullsMeanTheDefaultsTheFirstHundredLines() {
        var page = sourceText("3100-qd-ubnd-2023", null, null, null)
                .path("document.sourceText")
                .entity(Page.class)
                .get();
        assertThat(page.from()).isEqualTo(1);
        assertThat(page.to()).isEqualTo(100);
        assertThat(page.lines()).hasSize(100);
    }

    private HttpGraphQlTester.Response sourceText(String key, Integer from, Integer first, String file) {
        return graphQl.documentName("sourceText")
                .variable("key", key)
                .variable("from", from)
                .variable("first", first)
                .variable("file", file)
                .execute();
    }

    private static void assertBadRequest(HttpGraphQlTester.Response response, String message) {
        response.errors()
                .satisfy(errors -> assertThat(errors).singleElement().satisfies(e -> {
                    assertThat(e.getMessage()).isEqualTo(message);
                    assertThat(e.getErrorType().toString()).isEqualTo("BAD_REQUEST");
                    assertThat(e.getPath()).isEqualTo("document.sourceText");
                }));
        response.path("document.sourceText").valueIsNull();
    }

    // ---- GET /sources/<file> ----------------------------------------------------------------------------------

    @Test
    void aRangeOfLinesIsPlainUtf8TextEachLineWithItsNumber() throws Exception {
        var response = get("/sources/" + FILE_3100 + "?lines=6-7");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(response.body()).isEqualTo("6  " + LINE_6 + "\n7  " + LINE_7 + "\n");

        var wider = get("/sources/" + FILE_3100 + "?lines=9-10");
        assertThat(wider.body()).startsWith(" 9  ").contains("\n10  ");
        assertThat(get("/sources/" + FILE_3100 + "?lines=6&numbered=false").body())
                .isEqualTo(LINE_6 + "\n");
    }

    @Test
    void aWholeFileIsItsNfcTextNumberedAsSedNumbersIt() throws Exception {
        var response = get("/sources/001_cb860d839e339891.txt");
        assertThat(response.statusCode()).isEqualTo(200);
        var lines = response.body().split("\n", -1);
        assertThat(lines).hasSize(1747 + 1); // every line ends with a line break, the last one too
        // line 47 is in decomposed Unicode in the file (63 UTF-16 units); served NFC (61)
        assertThat(lines[46]).isEqualTo("quản lý, kết nối và chia sẻ dữ liệu số của cơ quan nhà nước; ");
        assertThat(lines[46]).hasSize(61);
    }

    @Test
    void anUnknownFileIsNotFoundAndSaysWhichFilesThereAre() throws Exception {
        var response = get("/sources/nothing.txt");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("text/plain;charset=UTF-8");
        assertThat(response.body())
                .startsWith("No source text named 'nothing.txt'. The source texts are: " + FILE_3100 + ", ");
        // in the sources folder, but not a source text the seed lists
        assertThat(get("/sources/README.md").statusCode()).isEqualTo(404);
    }

    @Test
    void aBadRangeIsABadRequestSayingWhatToWrite() throws Exception {
        var notARange = get("/sources/" + FILE_3100 + "?lines=abc");
        assertThat(notARange.statusCode()).isEqualTo(400);
        assertThat(notARange.body())
                .isEqualTo("Bad 'lines': 'abc' is not a line or a range of lines; write e.g. 712-735 or 30\n");
        var pastTheEnd = get("/sources/" + FILE_3100 + "?lines=5550-5551");
        assertThat(pastTheEnd.statusCode()).isEqualTo(400);
        assertThat(pastTheEnd.body())
                .isEqualTo("Bad 'lines': lines 5550-5551 are outside " + FILE_3100 + ", which has lines 1-5550\n");
        assertThat(get("/sources/" + FILE_3100 + "?lines=9-3").statusCode()).isEqualTo(400);
    }

    @Test
    void noPathOutsideTheListedSourcesIsServed() throws Exception {
        for (String path : List.of(
                "/sources/..%2Fsources.csv",
                "/sources/..%2F..%2Fpom.xml",
                "/sources/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
                "/sources/%2Fetc%2Fpasswd",
                "/sources/%2e%2e%2fdocuments.csv",
                "/sources/..%5Csources.csv",
                "/sources/file:%2Fetc%2Fpasswd",
                "/sources/classpath:application.yml",
                "/sources/..",
                "/sources/%2e%2e")) {
            var response = get(path);
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body())
                    .as(path)
                    .doesNotContain("root:")
                    .doesNotContain("<project")
                    .doesNotContain("file,document,primary")
                    .doesNotContain("spring:");
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
