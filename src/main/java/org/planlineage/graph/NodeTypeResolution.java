package org.planlineage.graph;

import graphql.TypeResolutionEnvironment;
import graphql.schema.GraphQLObjectType;
import graphql.schema.TypeResolver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * Resolves the GraphQL object type of every value of the {@code Node} interface (the node of a lineage, a lineage
 * step, a search hit, {@code node(id)}) from its {@link NodeType}. Registered explicitly, so Spring for GraphQL's
 * default (a Java class named like the GraphQL type) never decides, and renaming a record cannot break
 * {@code ... on Document}.
 */
@Configuration(proxyBeanMethods = false)
class NodeTypeResolution {

    static final TypeResolver RESOLVER = NodeTypeResolution::resolve;

    @Bean
    RuntimeWiringConfigurer nodeTypeResolver() {
        return wiring -> wiring.type("Node", type -> type.typeResolver(RESOLVER));
    }

    private static GraphQLObjectType resolve(TypeResolutionEnvironment env) {
        Object value = env.getObject();
        if (!(value instanceof Node node)) {
            throw new IllegalStateException("A value of the Node interface is not a Node: " + value.getClass());
        }
        return env.getSchema().getObjectType(node.nodeType().typeName());
    }
}
