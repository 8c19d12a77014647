package org.planlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.execution.TypeResolutionParameters;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.planlineage.support.Sdl;

/**
 * The GraphQL type of a {@code Node} value comes from its {@link NodeType}, never from its Java class's name: every
 * kind of node resolves to an object type of the SDL that implements {@code Node}, every such type is a kind of
 * node, and the resolver is registered for the interface explicitly.
 */
class NodeTypeResolutionTest {

    private final GraphQLSchema schema = Sdl.schema();

    @Test
    void everyKindOfNodeResolvesToAnObjectTypeOfTheSchemaThatImplementsNode() {
        for (NodeType type : NodeType.values()) {
            GraphQLObjectType resolved = resolve(new Stub(type));
            assertThat(resolved).as("the object type of " + type).isNotNull();
            assertThat(resolved.getName()).isEqualTo(type.typeName());
            assertThat(resolved.getInterfaces())
                    .as(type.typeName() + " implements Node")
                    .anySatisfy(i -> assertThat(i.getName()).isEqualTo("Node"));
        }
    }

    @Test
    void everyObjectTypeThatImplementsNodeIsAKindOfNode() {
        var implementations = schema.getImplementations((GraphQLInterfaceType) schema.getType("Node")).stream()
                .map(GraphQLObjectType::getName)
                .toList();
        assertThat(implementations)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(NodeType.values()).map(NodeType::typeName).toList());
    }

    @Test
    void theResolverIsRegisteredForTheNodeInterface() {
        var wiring = RuntimeWiring.newRuntimeWiring();
        new NodeTypeResolution().nodeTypeResolver().configure(wiring);
        assertThat(wiring.build().getTypeResolvers()).containsEntry("Node", NodeTypeResolution.RESOLVER);
    }

    private GraphQLObjectType resolve(Object value) {
        return NodeTypeResolution.RESOLVER.getType(TypeResolutionParameters.newParameters()
                .value(value)
                .schema(schema)
                .build());
    }

    /** A node of a kind, whatever Java class serves it. */
    private record Stub(NodeType nodeType) implements Node {
        @Override
        public String key() {
            return "a-key";
        }

        @Override
        public String id() {
            return globalId().toString();
        }
    }
}
