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
 * A test against the running service (HTTP on a random port) over the shared harness holding the real seed, loaded
 * from {@code graph-seed/} at start-up. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            // these tests check answers, not speed: a deadline far past a cold query on a loaded machine
            "app.graphql.timeout=60s",
            "app.seed.mode=IF_CHANGED",
            "spring.codec.max-in-memory-size=32MB",
            // the editor token of the writes' examples in docs/queries.md, named editor-1 in the audit trail
            "app.security.editor-tokens=editor-1:docs-editor-token"
        })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = SeededGraphTest.Initializer.class)
public @interface SeededGraphTest {

    /**
     * Points {@code spring.neo4j.uri} at the seeded harness, which switches the embedded database off, and offers the
     * harness's database for in-process reads.
     */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context, "spring.neo4j.uri=" + Neo4jHarness.seeded().boltURI());
            // the harness runs in this JVM: reads go in-process, as in the embedded default, unless the run asks for
            // Bolt (-Dapp.neo4j.embedded.reads=BOLT, the second run of the API tests in the build)
            context.getBeanFactory()
                    .registerSingleton("harnessDatabase", Neo4jHarness.seeded().defaultDatabaseService());
        }
    }
}
