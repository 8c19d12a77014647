package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.planlineage.support.Neo4jHarness;
import org.planlineage.support.SeededGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/**
 * With {@code spring.neo4j.uri} pointing at another Neo4j (here the harness's Bolt URI), no embedded database is
 * started and everything else works the same; the schema's constraints and indexes are applied there.
 */
@SeededGraphTest
class ExternalDatabaseTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @Autowired
    Neo4jSchema schema;

    @Test
    void settingTheUriStartsNoEmbeddedDatabase() {
        assertThat(context.getBeansOfType(DatabaseManagementService.class)).isEmpty();
        assertThat(context.getBeansOfType(EmbeddedNeo4jLauncher.class)).isEmpty();
        assertThat(context.getEnvironment().getProperty("spring.neo4j.uri"))
                .isEqualTo(Neo4jHarness.seeded().boltURI().toString());
        graphQl.document("{ planItem(key: \"3100-qd-ubnd-2023:1\") { targets { raw } } }")
                .execute()
                .path("planItem.targets[*].raw")
                .entityList(String.class)
                .containsExactly("100%", "100%", "100%");
    }

    @Test
    void theSchemasConstraintsAndIndexesAreInTheDatabase() {
        List<String> constraints =
                client
                        .query("SHOW CONSTRAINTS YIELD name RETURN name ORDER BY name")
                        .fetchAs(String.class)
                        .all()
                        .stream()
                        .toList();
        assertThat(constraints).contains("document_key", "plan_item_key", "target_key", "indicator_key", "agency_key");
        List<String> indexes = client
                .query("SHOW INDEXES YIELD name, state WHERE state = 'ONLINE' RETURN name")
                .fetchAs(String.class)
                .all()
                .stream()
                .toList();
        assertThat(indexes).contains("search_text", "document_number_folded");
    }

    @Test
    void applyingTheSchemaAgainChangesNothing() {
        long before = client.query("SHOW INDEXES YIELD name RETURN count(*)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        schema.apply();
        long after = client.query("SHOW INDEXES YIELD name RETURN count(*)")
                .fetchAs(Long.class)
                .one()
                .orElseThrow();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void applyingTheSchemaRecreatesAnIndexThatIsMissing() {
        // document_number_folded only speeds up a look-up by number; the step sees it missing and creates it again
        client.query("DROP INDEX document_number_folded").run();
        schema.apply();
        List<String> online = client
                .query("SHOW INDEXES YIELD name, state WHERE name = 'document_number_folded' RETURN state")
                .fetchAs(String.class)
                .all()
                .stream()
                .toList();
        assertThat(online).containsExactly("ONLINE");
    }
}
