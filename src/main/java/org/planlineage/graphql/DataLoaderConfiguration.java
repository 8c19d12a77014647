package org.planlineage.graphql;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.server.WebGraphQlInterceptor;

/**
 * DataLoaders made per request only for the batch loaders the request uses ({@link OnDemandBatchLoaders}, in place
 * of Spring Boot's {@code DefaultBatchLoaderRegistry}): every request over HTTP starts with an empty
 * {@link RequestDataLoaders}, which Spring for GraphQL then offers the registrations to.
 */
@Configuration(proxyBeanMethods = false)
class DataLoaderConfiguration {

    @Bean
    BatchLoaderRegistry batchLoaderRegistry() {
        return new OnDemandBatchLoaders();
    }

    @Bean
    WebGraphQlInterceptor requestDataLoaders() {
        return (request, chain) -> {
            request.configureExecutionInput((input, builder) ->
                    builder.dataLoaderRegistry(new RequestDataLoaders()).build());
            return chain.next(request);
        };
    }
}
