package org.planlineage.graph;

import graphql.schema.idl.NaturalEnumValuesProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Backs the GraphQL enum {@code Relation} with the Java constants of {@link Relation}, so that graphql-java writes an
 * edge's relation by comparing the constant itself. Without it the enum's values are their names, and each of the
 * thousand edges of a large lineage is written by two scans of the ten values, the second comparing names as strings
 * (docs/benchmarks.md, "The cost of each field"). Arguments of the type arrive as the constants, which Spring binds as
 * before.
 */
@Configuration(proxyBeanMethods = false)
class RelationValues {

    @Bean
    RuntimeWiringConfigurer relationEnumValues() {
        return wiring ->
                wiring.type("Relation", type -> type.enumValues(new NaturalEnumValuesProvider<>(Relation.class)));
    }
}
