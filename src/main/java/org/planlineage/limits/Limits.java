package org.planlineage.limits;

import org.neo4j.driver.Driver;
import org.planlineage.graphql.GuardrailProperties;
import org.planlineage.lineage.LineageProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.graphql.GraphQlProperties;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.graphql.execution.DataFetcherExceptionResolver;

/** Wires the bounds of every request: its HTTP filter, the watch over it, its execution and its transactions. */
@Configuration(proxyBeanMethods = false)
class Limits {

    @Bean
    RequestWatch requestWatch(GuardrailProperties limits, Environment env) {
        return new RequestWatch(limits.timeout(), env.getProperty("app.graphql.watch-clients", Boolean.class, true));
    }

    /** Before Spring Security, so an oversized body is refused before anything else reads it. */
    @Bean
    FilterRegistrationBean<RequestFilter> requestFilter(
            GuardrailProperties limits, RequestWatch watch, GraphQlProperties graphQl, BoundedTransactions database) {
        var filter = new RequestFilter(limits.maxRequestSize().toBytes(), watch, database);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(graphQl.getPath());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }

    @Bean
    ExecutionBounds executionBounds(GuardrailProperties limits, LoadProperties load, LineageProperties lineage) {
        return new ExecutionBounds(limits, load, new QueryCost(new ListSizes(lineage)), new LoadGate(load));
    }

    /**
     * Queries run with {@link LeafFieldExecution} (plain leaves read and counted without graphql-java's per-field
     * machinery) unless {@code app.graphql.leaf-fast-path=false}; its exception handler is made from the same
     * resolvers, in the same order, as the one Spring Boot gives graphql-java's default strategy.
     */
    @Bean
    GraphQlSourceBuilderCustomizer leafFieldExecution(
            ObjectProvider<DataFetcherExceptionResolver> resolvers, Environment env) {
        return builder -> {
            if (env.getProperty("app.graphql.leaf-fast-path", Boolean.class, true)) {
                builder.configureGraphQl(graphQl -> graphQl.queryExecutionStrategy(
                        new LeafFieldExecution(DataFetcherExceptionResolver.createExceptionHandler(
                                resolvers.orderedStream().toList()))));
            }
        };
    }

    /** The outermost interceptor: its one error for a stopped request replaces whatever the others made. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    BoundedExecution boundedExecution(GuardrailProperties limits) {
        return new BoundedExecution(limits);
    }

    @Bean
    static BeanPostProcessor boundedDriver() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof Driver driver ? BoundedTransactions.bounded(driver) : bean;
            }
        };
    }

    @Bean(destroyMethod = "shutdown")
    BoundedTransactions boundedTransactions(Driver driver) {
        return new BoundedTransactions(driver);
    }
}
