package org.planlineage.finding;

import static org.planlineage.support.EditingGraph.as;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** An imported plan is found like the seed's: a cell's words that name no unit are recorded at import. */
@EditingGraphTest
class ImportedFindingsTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @AfterEach
    void clean() {
        EditingGraph.clean(client);
    }

    @Test
    void anImportedRowWithWordsThatNameNoUnitIsAFindingAtOnce() throws IOException {
        Map<String, Object> plan = new ObjectMapper()
                .readValue(
                        new ClassPathResource("graphql-test/ward-plan.json").getInputStream(),
                        new TypeReference<Map<String, Object>>() {});
        @SuppressWarnings("unchecked")
        var items = (List<Map<String, Object>>) plan.get("items");
        items.get(1).put("leadRaw", "UBND Phường A và các tổ dân phố");
        as(graphQl, EditingGraphTest.EDITOR)
                .documentName("importDocument")
                .variable("input", plan)
                .execute()
                .errors()
                .verify();
        graphQl.document("""
                        { findings(document: "12-kh-ubnd-2022", kinds: [UNRESOLVED_ASSIGNMENT]) {
                            nodes { id explanation } } }""")
                .execute()
                .errors()
                .verify()
                .path("findings.nodes[*].id")
                .entityList(String.class)
                .containsExactly("UNRESOLVED_ASSIGNMENT/12-kh-ubnd-2022:2/LEAD")
                .path("findings.nodes[0].explanation")
                .entity(String.class)
                .isEqualTo("The lead cell of row 2 of 12/KH-UBND, \"UBND Phường A và các tổ dân phố\", has words that "
                        + "name no unit: \"tổ dân phố\" (resolved: UBND Phường A).");
    }
}
