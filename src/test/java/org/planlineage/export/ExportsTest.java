package org.planlineage.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.planlineage.support.FixtureFindings;
import org.planlineage.support.FixtureGraphTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The CSV exports on the fixture, read back by parsing the files: the byte-order mark, the header, one row per
 * finding or per entry and pair, the query's filters as parameters, and refusals that say what to send.
 */
@FixtureGraphTest
class ExportsTest {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    @LocalServerPort
    int port;

    @Test
    void findingsCsvHasAByteOrderMarkAHeaderAndOneRowPerFindingInTheQueryOrder() throws IOException {
        var response = get("/export/findings.csv");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(response.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"findings.csv\"");
        byte[] body = response.getBody();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(BOM);
        var rows = parse(body);
        assertThat(rows.get(0).getParser().getHeaderNames())
                .containsExactly(
                        "id",
                        "kind",
                        "severity",
                        "year",
                        "level",
                        "document",
                        "document_key",
                        "documents",
                        "items",
                        "agencies",
                        "indicator",
                        "strictness_only",
                        "explanation",
                        "provenance");
        assertThat(rows.stream().map(r -> r.get("id"))).containsExactlyElementsOf(FixtureFindings.ALL);
        CSVRecord weaker = rows.get(0);
        assertThat(weaker.get("kind")).isEqualTo("WEAKER_THAN_UPPER");
        assertThat(weaker.get("severity")).isEqualTo("HIGH");
        assertThat(weaker.get("year")).isEqualTo("2025");
        assertThat(weaker.get("level")).isEqualTo("DISTRICT");
        assertThat(weaker.get("document")).isEqualTo("400/KH-UBND");
        assertThat(weaker.get("document_key")).isEqualTo("kh-400-2023");
        assertThat(weaker.get("documents")).isEqualTo("400/KH-UBND; 300/QĐ-UBND");
        assertThat(weaker.get("items")).isEqualTo("kh-400-2023:1; qd-300-2023:1");
        assertThat(weaker.get("agencies")).isEqualTo("Phòng Văn hóa và Thông tin");
        assertThat(weaker.get("indicator")).isEqualTo("van-ban-ky-so");
        assertThat(weaker.get("strictness_only")).isEqualTo("false");
        assertThat(weaker.get("explanation"))
                .isEqualTo("For 2025, row 1 of 400/KH-UBND (district level; led by Phòng Văn hóa và Thông tin) asks "
                        + "for less than row 1 of 300/QĐ-UBND (province level) on \"Tỷ lệ văn bản điện tử được ký "
                        + "số\": \"85%\" asks for less than \"90%\".");
        assertThat(weaker.get("provenance"))
                .isEqualTo("400/KH-UBND, Phụ lục, TT 1, lines 53 of story.txt | 300/QĐ-UBND, Phụ lục, TT 1, lines 42 "
                        + "of story.txt");
        CSVRecord basis = rows.stream()
                .filter(r -> r.get("id").equals("BASIS_ISSUED_LATER/cv-1-2022/LEGAL_BASIS/cv-2-2022"))
                .findFirst()
                .orElseThrow();
        assertThat(basis.get("year")).isEmpty();
        assertThat(basis.get("provenance"))
                .isEqualTo("100/QĐ-UBND, chú thích 1, lines 26 of story.txt: \"Căn cứ Công văn số 2/UBND-VX\" | "
                        + "100/QĐ-UBND, Văn bản 1/UBND-VX, lines 16 of story.txt: \"Công văn số 1/UBND-VX\" | "
                        + "100/QĐ-UBND, Văn bản 2/UBND-VX, lines 17 of story.txt: \"Công văn số 2/UBND-VX\"");
    }

    @Test
    void findingsCsvTakesTheQueryFiltersAsParameters() throws IOException {
        assertThat(ids(get("/export/findings.csv", "kinds", "MISSING_COUNTERPART", "document", "200/QĐ-UBND")))
                .containsExactly(
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:1",
                        "MISSING_COUNTERPART/2024/qd-200-2022/qd-300-2023:2");
        // a list comma-separated or repeated, constants in any case
        assertThat(ids(get(
                        "/export/findings.csv", "kinds", "weaker_than_upper,TARGET_FALLS", "document", "kh-400-2023")))
                .containsExactly(
                        "WEAKER_THAN_UPPER/2025/kh-400-2023:1/qd-300-2023:1", "TARGET_FALLS/2025/kh-400-2023:1/2024");
        assertThat(ids(get(
                        "/export/findings.csv", "kinds", "WEAKER_THAN_UPPER", "kinds", "TARGET_FALLS", "year", "2025")))
                .containsExactly(
                        "WEAKER_THAN_UPPER/2025/kh-400-2023:1/qd-300-2023:1", "TARGET_FALLS/2025/kh-400-2023:1/2024");
        assertThat(ids(get("/export/findings.csv", "level", "DISTRICT", "year", "2024")))
                .hasSize(6);
        // no finding: a header and no row
        assertThat(ids(get("/export/findings.csv", "kinds", "TARGET_FALLS", "year", "2023")))
                .isEmpty();
    }

    @Test
    void badParametersAreRefusedWithAProblemThatSaysWhatToSend() throws IOException {
        refused(
                get("/export/findings.csv", "kinds", "WEAKER"),
                400,
                "BAD_REQUEST",
                "'kinds' must be one of WEAKER_THAN_UPPER, STRONGER_THAN_UPPER, TARGET_FALLS, TARGET_BELOW_RESULT, "
                        + "MISSING_COUNTERPART, BASIS_ISSUED_LATER, ASSIGNED_TO_FORMER_UNIT, UNRESOLVED_ASSIGNMENT, got "
                        + "'WEAKER'");
        refused(
                get("/export/findings.csv", "yaer", "2024"),
                400,
                "BAD_REQUEST",
                "Unknown parameter 'yaer'; this export takes document, kinds, level, year");
        refused(
                get("/export/findings.csv", "year", "2024", "year", "2025"),
                400,
                "BAD_REQUEST",
                "Give 'year' once, got 2024, 2025");
        refused(
                get("/export/findings.csv", "year", "24"),
                400,
                "BAD_REQUEST",
                "'year' must be a calendar year such as 2024, got 24");
        refused(
                get("/export/findings.csv", "level", "CITY"),
                400,
                "BAD_REQUEST",
                "'level' must be one of NATIONAL, PROVINCE, DISTRICT, COMMUNE, got 'CITY'");
        var ambiguous = refused(
                get("/export/findings.csv", "document", "45/KH-UBND"),
                400,
                "AMBIGUOUS",
                "Number '45/KH-UBND' was used by 2 documents; filter by key");
        assertThat(ambiguous.get("candidates").toString())
                .isEqualTo("[\"45-kh-ubnd-2024-ubnd-tinh\",\"45-kh-ubnd-2024-ubnd-tp\"]");
        refused(
                get("/export/findings.csv", "document", "khong-co"),
                404,
                "NOT_FOUND",
                "No document with key, id or number 'khong-co'; find one with documents(filter: ...) or search(text: ...)");
    }

    @Test
    void compareCsvHasOneRowPerEntryOrPerPair() throws IOException {
        var entries = get("/export/compare.csv", "indicator", "ho-so-cong-viec-cap-xa");
        assertThat(Arrays.copyOf(entries.getBody(), 3)).isEqualTo(BOM);
        assertThat(entries.getHeaders().getFirst("Content-Disposition"))
                .isEqualTo("attachment; filename=\"compare-ho-so-cong-viec-cap-xa.csv\"");
        assertThat(parse(entries.getBody()).stream()
                        .map(r -> String.join(
                                " | ",
                                r.get("year"),
                                r.get("level"),
                                r.get("document"),
                                r.get("row"),
                                r.get("raw"),
                                r.get("comparator"),
                                r.get("value"),
                                r.get("unit"),
                                r.get("lines")))
                        .toList())
                .containsExactly(
                        "2023 | DISTRICT | 200/QĐ-UBND | 1 | 50% | EQ | 50.0 | PERCENT | 31-33",
                        "2024 | PROVINCE | 100/QĐ-UBND | 1 | >70% | GT | 70.0 | PERCENT | 30",
                        "2024 | DISTRICT | 200/QĐ-UBND | 1 | 70% | EQ | 70.0 | PERCENT | 31-33");
        var pairs = parse(get("/export/compare.csv", "indicator", "ho-so-cong-viec-cap-xa", "rows", "pairs")
                .getBody());
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.get("year")).isEqualTo("2024");
            assertThat(p.get("lower_document")).isEqualTo("200/QĐ-UBND");
            assertThat(p.get("lower_raw")).isEqualTo("70%");
            assertThat(p.get("upper_document")).isEqualTo("100/QĐ-UBND");
            assertThat(p.get("upper_raw")).isEqualTo(">70%");
            assertThat(p.get("verdict")).isEqualTo("LOWER");
            assertThat(p.get("explanation")).isEqualTo("\"70%\" asks for less than \">70%\"");
        });
        assertThat(parse(get("/export/compare.csv", "indicator", "ho-so-cong-viec-cap-xa", "years", "2023")
                        .getBody()))
                .hasSize(1);
    }

    @Test
    void compareCsvRefusesAMissingOrUnknownIndicatorAndBadYears() throws IOException {
        refused(
                get("/export/compare.csv"),
                400,
                "BAD_REQUEST",
                "'indicator' is required: the key of an indicator, e.g. ?indicator=ty-le-ho-so-cong-viec-xu-ly-tren-"
                        + "mang-cap-xa; find keys with the indicators query");
        refused(
                get("/export/compare.csv", "indicator", "khong-co"),
                404,
                "NOT_FOUND",
                "No indicator with key 'khong-co'; find keys with indicators(search: ...) or search(text: ...)");
        refused(
                get("/export/compare.csv", "indicator", "ho-so-cong-viec-cap-xa", "years", "2024,abc"),
                400,
                "BAD_REQUEST",
                "'years' must be a year such as 2024, got 'abc'");
        refused(
                get("/export/compare.csv", "indicator", "ho-so-cong-viec-cap-xa", "rows", "cells"),
                400,
                "BAD_REQUEST",
                "'rows' must be one of ENTRIES, PAIRS, got 'cells'");
    }

    private ResponseEntity<byte[]> get(String path, String... parameters) {
        var query = new LinkedMultiValueMap<String, String>();
        for (int i = 0; i < parameters.length; i += 2) {
            query.add(parameters[i], parameters[i + 1]);
        }
        var uri = UriComponentsBuilder.fromUriString("http://localhost:" + port + path)
                .queryParams(query)
                .encode()
                .build()
                .toUri();
        return WebClient.create()
                .get()
                .uri(uri)
                .exchangeToMono(r -> r.toEntity(byte[].class))
                .block();
    }

    private static List<CSVRecord> parse(byte[] body) throws IOException {
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        try (var parser = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))) {
            return parser.getRecords();
        }
    }

    private static List<String> ids(ResponseEntity<byte[]> response) throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        return parse(response.getBody()).stream().map(r -> r.get("id")).toList();
    }

    private static JsonNode refused(ResponseEntity<byte[]> response, int status, String classification, String detail)
            throws IOException {
        assertThat(response.getStatusCode().value()).isEqualTo(status);
        assertThat(response.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        JsonNode problem = new ObjectMapper().readTree(response.getBody());
        assertThat(problem.get("classification").asText()).isEqualTo(classification);
        assertThat(problem.get("detail").asText()).isEqualTo(detail);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }
}
