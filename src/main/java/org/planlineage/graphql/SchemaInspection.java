package org.planlineage.graphql;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.graphql.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Spring's schema-mapping inspection, made strict: a schema field with no data fetcher and no Java property to read
 * it from, or a controller method mapped to nothing in the schema, stops the service from starting, with the
 * report saying which. Every test context starts the service, so the test suite fails on such a gap.
 */
@Configuration(proxyBeanMethods = false)
class SchemaInspection {

    private static final Logger log = LoggerFactory.getLogger(SchemaInspection.class);

    @Bean
    GraphQlSourceBuilderCustomizer strictSchemaInspection() {
        return builder -> builder.inspectSchemaMappings(report -> {
            if (!report.unmappedFields().isEmpty()
                    || !report.unmappedRegistrations().isEmpty()
                    || !report.unmappedArguments().isEmpty()) {
                throw new IllegalStateException("The GraphQL schema and the controllers disagree: " + report);
            }
            log.info("GraphQL schema inspection: every field is mapped");
        });
    }
}
