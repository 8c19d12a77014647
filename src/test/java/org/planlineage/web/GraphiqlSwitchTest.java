package org.planlineage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** {@code spring.graphql.graphiql.enabled} keeps its meaning: the jar's GraphiQL page is served only when it is true. */
class GraphiqlSwitchTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(GraphQlProperties.class)
    static class GraphQlSettings {}

    private final WebApplicationContextRunner runner =
            new WebApplicationContextRunner().withUserConfiguration(GraphQlSettings.class, WebPages.class);

    @Test
    void graphiqlIsServedWhenEnabled() {
        runner.withPropertyValues("spring.graphql.graphiql.enabled=true")
                .run(context -> assertThat(context).hasBean("graphiqlPage").hasBean("explorerPages"));
    }

    @Test
    void graphiqlIsNotServedWhenDisabledOrLeftUnset() {
        runner.withPropertyValues("spring.graphql.graphiql.enabled=false")
                .run(context ->
                        assertThat(context).doesNotHaveBean("graphiqlPage").hasBean("explorerPages"));
        runner.run(context -> assertThat(context).doesNotHaveBean("graphiqlPage"));
    }
}
