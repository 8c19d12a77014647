package org.planlineage.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test against the running service (HTTP on a random port) over the shared harness holding the real seed, loaded
 * from {@code graph-seed/} at start-up. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "app.seed.mode=IF_CHANGED")
@AutoConfigureHttpGraphQlTester
@ContextConfiguration(initializers = SeededGraphTest.Initializer.class)
public @interface SeededGraphTest {

    /** Points {@code spring.neo4j.uri} at the seeded harness, which switches the embedded database off. */
    class Initializer implements org.springframework.context.ApplicationContextInitializer<
            org.springframework.context.ConfigurableApplicationContext> {
        @Override
        public void initialize(org.springframework.context.ConfigurableApplicationContext context) {
            org.springframework.test.context.support.TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
                    context, "spring.neo4j.uri=" + Neo4jHarness.seeded().boltURI());
        }
    }
}
