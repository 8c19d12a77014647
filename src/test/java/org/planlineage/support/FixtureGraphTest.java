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
 * A test against the running service over its own harness holding the narrative fixture of
 * {@code src/test/resources/fixture-seed/} (README there): one small graph with every shape the lineage must
 * handle. Every class with this annotation shares one Spring context.
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
            "spring.codec.max-in-memory-size=32MB"
        })
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = FixtureGraphTest.Initializer.class)
public @interface FixtureGraphTest {

    /** Points {@code spring.neo4j.uri} at the fixture harness and offers its database for in-process reads. */
    class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context, "spring.neo4j.uri=" + Neo4jHarness.fixture().boltURI());
            // the harness runs in this JVM: reads go in-process, as in the embedded default, unless the run asks for
            // Bolt (-Dapp.neo4j.embedded.reads=BOLT, the second run of the API tests in the build)
            context.getBeanFactory()
                    .registerSingleton("harnessDatabase", Neo4jHarness.fixture().defaultDatabaseService());
        }
    }
}
