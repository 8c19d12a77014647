package org.planlineage.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The names {@link Neo4jSchema} reads off its statements to skip those whose index or constraint exists. */
class Neo4jSchemaTest {

    @Test
    void everyStatementOfTheSchemaNamesItsIndexOrConstraint() throws IOException {
        var statements =
                Neo4jSchema.parse(Files.readString(Path.of("schema/neo4j/schema.cypher"), StandardCharsets.UTF_8));
        assertThat(statements).hasSize(14);
        assertThat(statements.stream().map(Neo4jSchema::name))
                .doesNotContainNull()
                .doesNotHaveDuplicates()
                .contains("document_key", "search_text", "sets_indicator_document", "migration_key");
    }

    @Test
    void theNameIsTheOneAfterTheKindOfIndexOrConstraint() {
        assertThat(Neo4jSchema.name(
                        "CREATE CONSTRAINT agency_key IF NOT EXISTS FOR (a:Agency) REQUIRE a.key IS UNIQUE"))
                .isEqualTo("agency_key");
        assertThat(Neo4jSchema.name("CREATE INDEX document_number_folded IF NOT EXISTS FOR (d:Document) ON (d.n)"))
                .isEqualTo("document_number_folded");
        assertThat(Neo4jSchema.name(
                        "CREATE FULLTEXT INDEX search_text IF NOT EXISTS FOR (n:Document) ON EACH [n.searchText]"))
                .isEqualTo("search_text");
        assertThat(Neo4jSchema.name("create range index r_1 if not exists for ()-[r:SETS]-() on (r.indicator)"))
                .isEqualTo("r_1");
    }

    @Test
    void aStatementWithoutANameHasNone() {
        // unnamed, or not a creation: the step always runs it
        assertThat(Neo4jSchema.name("CREATE INDEX IF NOT EXISTS FOR (d:Document) ON (d.n)"))
                .isNull();
        assertThat(Neo4jSchema.name("CREATE INDEX named FOR (d:Document) ON (d.n)"))
                .isNull();
        assertThat(Neo4jSchema.name("MATCH (n) RETURN n")).isNull();
    }
}
