package org.planlineage.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.planlineage.support.EditingGraph.as;

import java.util.ArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.planlineage.support.EditingGraph;
import org.planlineage.support.EditingGraphTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;
import org.springframework.graphql.test.tester.HttpGraphQlTester;

/** Only an editor writes: without a credential UNAUTHORIZED, with a reader's FORBIDDEN, and the graph stays as it was. */
@EditingGraphTest
class EditorsOnlyTest {

    @Autowired
    HttpGraphQlTester graphQl;

    @Autowired
    Neo4jClient client;

    @BeforeEach
    void clean() {
        EditingGraph.clean(client);
    }

    private ResponseError onlyError(GraphQlTester tester, String documentName, String variable, Object value) {
        var before = EditingGraph.dump(client);
        var errors = new ArrayList<ResponseError>();
        tester.documentName(documentName)
                .variable(variable, value)
                .execute()
                .errors()
                .satisfy(errors::addAll);
        assertThat(EditingGraph.dump(client)).isEqualTo(before);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void anImportWithoutACredentialIsUnauthorizedAndWritesNothing() {
        var error = onlyError(graphQl, "importDocument", "input", ImportDocumentTest.wardPlan());
        assertThat(error.getErrorType().toString()).isEqualTo("UNAUTHORIZED");
        assertThat(error.getMessage())
                .isEqualTo("Only an editor may write: send 'Authorization: Bearer <editor token>'");
    }

    @Test
    void anImportWithAReadersCredentialIsForbiddenAndWritesNothing() {
        var error = onlyError(
                as(graphQl, EditingGraphTest.READER), "importDocument", "input", ImportDocumentTest.wardPlan());
        assertThat(error.getErrorType().toString()).isEqualTo("FORBIDDEN");
        assertThat(error.getMessage()).isEqualTo("This credential may read but not write; an editor's is needed");
    }

    @Test
    void aRemovalWithoutAnEditorsCredentialWritesNothing() {
        as(graphQl, EditingGraphTest.EDITOR)
                .documentName("importDocument")
                .variable("input", ImportDocumentTest.wardPlan())
                .execute()
                .path("importDocument.document.key")
                .entity(String.class)
                .isEqualTo("12-kh-ubnd-2022");
        assertThat(onlyError(graphQl, "removeDocument", "key", "12-kh-ubnd-2022")
                        .getErrorType()
                        .toString())
                .isEqualTo("UNAUTHORIZED");
        assertThat(onlyError(as(graphQl, EditingGraphTest.READER), "removeDocument", "key", "12-kh-ubnd-2022")
                        .getErrorType()
                        .toString())
                .isEqualTo("FORBIDDEN");
        assertThat(client.query("MATCH (d:Document {key: '12-kh-ubnd-2022'}) RETURN count(d)")
                        .fetchAs(Long.class)
                        .one())
                .contains(1L);
    }
}
