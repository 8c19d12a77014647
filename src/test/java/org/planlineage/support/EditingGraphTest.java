package org.planlineage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * A test that writes: the service over a harness of its own holding the narrative fixture
 * ({@code src/test/resources/fixture-seed/}), with one editor token ({@value #EDITOR}, named {@code editor-1} in the
 * audit trail) and one reader token ({@value #READER}); queries stay open. Tests remove what they import ({@link EditingGraph#clean}); the graphs of the read-only tests
 * are never touched.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // these tests check answers, not speed: a deadline far past a cold query on a loaded machine
            "app.graphql.timeout=60s",
            "app.seed.mode=ALWAYS",
            "app.seed.location=classpath:fixture-seed/",
            "app.security.editor-tokens=editor-1:" + EditingGraphTest.EDITOR,
            "app.security.reader-tokens=reader-1:" + EditingGraphTest.READER,
            // reader tokens alone would close the queries too; these tests read without a credential
            "app.security.queries-need-credential=false",
            "app.import.max-items=50",
            "app.ingest.max-characters=20000",
            "spring.codec.max-in-memory-size=32MB"
        })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = EditingGraphTest.Initializer.class)
public @interface EditingGraphTest {

    String EDITOR = "test-editor-token";
    String READER = "test-reader-token";

    /** Points {@code spring.neo4j.uri} at the editing harness. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context, "spring.neo4j.uri=" + Neo4jHarness.editing().boltURI());
        }
    }
}
