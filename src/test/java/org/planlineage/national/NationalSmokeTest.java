package org.planlineage.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;

/**
 * The CI smoke run of the national graph: the command's own path ({@link NationalLoad}) loads scale 0.01 (one
 * province, 7 districts, 100 communes; the plans of 2023, to keep the run short) into a fresh embedded store through
 * the service's import, then the service answers over HTTP on what it wrote: the counts, a commune row's lineage up
 * to the national programme, a comparison of one indicator across the province, its districts and its communes, and
 * the UNRESOLVED_ASSIGNMENT findings of the cells the generator wrote with words that name no unit.
 * Nothing about time is asserted (the figures are in docs/benchmarks.md).
 */
class NationalSmokeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path store;

    @Test
    void scaleOneHundredthLoadsThroughTheImportAndTheApiAnswersOnIt() throws Exception {
        var options = NationalLoad.Options.parse(
                "--scale", "0.01", "--seed", "42", "--years", "2023", "--store", store.toString(), "--server.port=0");
        try (var context = NationalLoad.start(options, "servlet")) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            var before = NationalLoad.census(context);
            long unresolvedBefore = unresolved(port).path("totalCount").asLong();
            var result = NationalLoad.load(context, options);
            var after = NationalLoad.census(context);
            System.out.print(NationalLoad.summary(options, result, after));

            assertThat(result.places()).isEqualTo(1 + 7 + 100);
            assertThat(result.documents()).isEqualTo(108);
            assertThat(result.items()).isBetween(108 * 50, 108 * 150);
            // the graph holds the curated seed plus exactly what the generator produced
            assertThat(delta(before, after, "documents")).isEqualTo(108);
            assertThat(delta(before, after, "items")).isEqualTo(result.items());
            assertThat(delta(before, after, "agencies")).isEqualTo(result.units());

            var lineage = graphql(port, """
                    { lineage(from: "PlanItem:kh-cds-2023-x00001:1", direction: UP, relations: [SET_IN, IMPLEMENTS]) {
                        truncated paths { steps { relation node { id } } } } }""").path("lineage");
            assertThat(lineage.path("truncated").asBoolean()).isFalse();
            var paths = new ArrayList<List<String>>();
            lineage.path("paths").forEach(p -> {
                var steps = new ArrayList<String>();
                p.path("steps")
                        .forEach(s -> steps.add(s.path("relation").asText("") + " "
                                + s.at("/node/id").asText()));
                paths.add(steps);
            });
            assertThat(paths)
                    .containsExactly(List.of(
                            " PlanItem:kh-cds-2023-x00001:1",
                            "SET_IN Document:kh-cds-2023-x00001",
                            "IMPLEMENTS Document:kh-cds-2023-h001",
                            "IMPLEMENTS Document:kh-cds-2023-t01",
                            "IMPLEMENTS Document:749-qd-ttg-2020"));

            var entries = graphql(port, """
                    { compare(indicator: "cds-tthc-toan-trinh-dat-dai", years: [2023]) {
                        entries { level year document { key } target { raw } } } }""").at("/compare/entries");
            var levels = new ArrayList<String>();
            entries.forEach(e -> levels.add(e.path("level").asText()));
            assertThat(levels.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting())))
                    .isEqualTo(Map.of("PROVINCE", 1L, "DISTRICT", 7L, "COMMUNE", 100L));
            var province = entries.get(levels.indexOf("PROVINCE"));
            assertThat(province.at("/document/key").asText()).isEqualTo("kh-cds-2023-t01");
            // the province's 2023 cell is the concept's base of 40%, written in one of the sources' styles
            assertThat(province.at("/target/raw").asText()).isIn("≥40%", ">40%", "40%");

            // within the province's area, each row is compared with the rows of the units above its own: a
            // commune's with its own district's (the plan its plan implements) and the province's, never with
            // another district's: 7 districts and 100 communes against the province, 100 communes against their own
            // district (every two levels would be 7 + 100 + 7 x 100 pairs)
            var pairs = graphql(port, """
                    { compare(indicator: "cds-tthc-toan-trinh-dat-dai", years: [2023], within: "ubnd-tp-ha-noi") {
                        pairs { lower { level document { key basedOn { relation document { key } } } }
                                upper { level document { key } } } } }""").at("/compare/pairs");
            var pairLevels = new ArrayList<String>();
            pairs.forEach(pair -> {
                pairLevels.add(pair.at("/lower/level").asText() + " "
                        + pair.at("/upper/level").asText());
                if (pair.at("/upper/level").asText().equals("DISTRICT")) {
                    var implemented = new ArrayList<String>();
                    pair.at("/lower/document/basedOn").forEach(link -> {
                        if (link.path("relation").asText().equals("IMPLEMENTS")) {
                            implemented.add(link.at("/document/key").asText());
                        }
                    });
                    assertThat(implemented)
                            .contains(pair.at("/upper/document/key").asText());
                }
            });
            assertThat(pairLevels.stream().collect(Collectors.groupingBy(l -> l, Collectors.counting())))
                    .isEqualTo(Map.of("DISTRICT PROVINCE", 7L, "COMMUNE PROVINCE", 100L, "COMMUNE DISTRICT", 100L));

            // every lead and cooperating cell names its units, except the rows whose cooperating cell ends in words
            // that name none: each of those, and only those, is an UNRESOLVED_ASSIGNMENT finding
            var map = AdminMap.build(42, 0.01);
            var plans = new NationalPlans(42, map, NationalUnits.of(map, java.util.Set.of()));
            long unnamed = plans.placesInOrder().stream()
                    .flatMap(p -> plans.plan(p, 2023).items().stream())
                    .filter(i ->
                            i.cooperatingRaw() != null && i.cooperatingRaw().endsWith(NationalPlans.UNNAMED))
                    .count();
            assertThat(unnamed).isPositive();
            var findings = unresolved(port);
            assertThat(findings.path("totalCount").asLong() - unresolvedBefore).isEqualTo(unnamed);
        }
    }

    private static long delta(Map<String, Object> before, Map<String, Object> after, String key) {
        return ((Number) after.get(key)).longValue() - ((Number) before.get(key)).longValue();
    }

    private static JsonNode unresolved(int port) throws Exception {
        return graphql(port, "{ findings(kinds: [UNRESOLVED_ASSIGNMENT], first: 1) { totalCount } }")
                .path("findings");
    }

    private static JsonNode graphql(int port, String query) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/graphql"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("query", query))))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        var body = JSON.readTree(response.body());
        assertThat(body.path("errors").isMissingNode()).as(response.body()).isTrue();
        return body.path("data");
    }
}
