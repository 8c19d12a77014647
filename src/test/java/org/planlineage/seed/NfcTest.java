package org.planlineage.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Vietnamese text is stored in NFC. One source (001, the 2026 plan) is partly decomposed; stored text must not be,
 * or equal words would be unequal strings. Every string and string-list property of every node and relationship.
 */
@SeededGraphTest
class NfcTest {

    @Autowired
    Neo4jClient client;

    @Test
    void theSourceOfThe2026PlanReallyIsPartlyDecomposed() {
        // so that the test below is about something: the seed was read from text that is not all NFC
        long decomposed = SourceTexts.lines("001_cb860d839e339891.txt").stream()
                .filter(line -> !Normalizer.isNormalized(line, Normalizer.Form.NFC))
                .count();
        assertThat(decomposed).isPositive();
    }

    @Test
    void noStoredStringOfAnyNodeDiffersFromItsNfcForm() {
        var rows = client.query("MATCH (n) RETURN coalesce(n.key, elementId(n)) AS id, properties(n) AS props")
                .fetch()
                .all();
        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(notNfc(rows)).isEmpty();
    }

    @Test
    void noStoredStringOfAnyRelationshipDiffersFromItsNfcForm() {
        var rows = client.query("""
                MATCH (a)-[r]->(b)
                RETURN coalesce(a.key, '') + ' ' + type(r) + ' ' + coalesce(b.key, '') AS id, properties(r) AS props""").fetch().all();
        assertThat(rows).hasSizeGreaterThan(1000);
        assertThat(notNfc(rows)).isEmpty();
    }

    private static List<String> notNfc(Collection<Map<String, Object>> rows) {
        var found = new ArrayList<String>();
        for (var row : rows) {
            @SuppressWarnings("unchecked")
            var props = (Map<String, Object>) row.get("props");
            props.forEach((name, value) -> {
                List<?> values = value instanceof List<?> list ? list : List.of(value);
                for (Object v : values) {
                    if (v instanceof String s && !Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
                        found.add(row.get("id") + "." + name + " = \"" + s + "\"");
                    }
                }
            });
        }
        return found;
    }
}
