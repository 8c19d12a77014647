package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.document.DocumentType;
import org.planlineage.graph.Relation;
import org.planlineage.indicator.Pillar;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Imports of the same document at the same time give one document: the first creates it, the others wait on its
 * lock and find it as they would write it. Imports of two documents citing the same unknown document at the same
 * time give one cited-only document.
 */
@EditingGraphTest
class ConcurrentImportTest {

    private static final int THREADS = 6;

    @Autowired
    ImportService imports;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    static DocumentInput plan(String key, String number) {
        var link = new DocumentInput.LinkInput(
                Relation.LEGAL_BASIS,
                new DocumentInput.Reference(
                        null, "99/QĐ-UBND", "ubnd-tinh", LocalDate.of(2022, 1, 5), DocumentType.DECISION, null),
                "Căn cứ, dòng 1",
                "Căn cứ Quyết định số 99/QĐ-UBND",
                "4");
        var item = new DocumentInput.ItemInput(
                "1",
                "1.",
                "Tỷ lệ văn bản điện tử",
                null,
                null,
                Pillar.DIGITAL_GOVERNMENT,
                List.of(new DocumentInput.YearValue(2023, "90%")),
                List.of(),
                "Phòng VH&TT",
                List.of("phong-vh"),
                null,
                List.of(),
                null,
                List.of(),
                null,
                null,
                null,
                null,
                "10");
        return new DocumentInput(
                key,
                number,
                DocumentType.PLAN,
                "Kế hoạch",
                LocalDate.of(2022, 9, 1),
                null,
                "ubnd-tp",
                null,
                null,
                List.of(link),
                List.of(item));
    }

    private List<ImportResult> inParallel(List<DocumentInput> inputs) throws Exception {
        var pool = Executors.newFixedThreadPool(inputs.size());
        var start = new CountDownLatch(1);
        try {
            var futures = new ArrayList<Future<ImportResult>>();
            for (var input : inputs) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return imports.importDocument(input, "editor-1", ImportPlan.Source.input());
                }));
            }
            start.countDown();
            var results = new ArrayList<ImportResult>();
            for (var f : futures) {
                results.add(f.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long count(String cypher) {
        return client.query(cypher).fetchAs(Long.class).one().orElseThrow();
    }

    @Test
    void sixImportsOfTheSameDocumentAtOnceGiveOneDocumentOneChangeAndOneCreator() throws Exception {
        var inputs = new ArrayList<DocumentInput>();
        for (int i = 0; i < THREADS; i++) {
            inputs.add(plan(null, "30/KH-UBND"));
        }
        var results = inParallel(inputs);
        assertThat(results).extracting(ImportResult::documentKey).containsOnly("30-kh-ubnd-2022");
        // document, link, cited-only document, row, target, the row's own indicator
        assertThat(results).extracting(ImportResult::created).containsExactlyInAnyOrder(6, 0, 0, 0, 0, 0);
        assertThat(results).extracting(ImportResult::unchanged).containsExactlyInAnyOrder(0, 6, 6, 6, 6, 6);
        assertThat(count("MATCH (d:Document {key: '30-kh-ubnd-2022'}) RETURN count(d)"))
                .isEqualTo(1);
        assertThat(count("MATCH (d:Document {key: '99-qd-ubnd-2022'}) RETURN count(d)"))
                .isEqualTo(1);
        assertThat(count("MATCH (p:PlanItem)-[:SET_IN]->(:Document {key: '30-kh-ubnd-2022'}) RETURN count(p)"))
                .isEqualTo(1);
        assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(1);
    }

    @Test
    void twoDocumentsCitingTheSameUnknownDocumentAtOnceGiveOneCitedOnlyDocument() throws Exception {
        var results = inParallel(List.of(plan("kh-a-2022", null), plan("kh-b-2022", null)));
        assertThat(results).extracting(ImportResult::documentKey).containsExactlyInAnyOrder("kh-a-2022", "kh-b-2022");
        assertThat(count("MATCH (d:Document {key: '99-qd-ubnd-2022'}) RETURN count(d)"))
                .isEqualTo(1);
        assertThat(count("MATCH (:Document)-[:LEGAL_BASIS]->(d:Document {key: '99-qd-ubnd-2022'}) RETURN count(d)"))
                .isEqualTo(2);
        assertThat(count("MATCH (c:Change) RETURN count(c)")).isEqualTo(2);
    }
}
