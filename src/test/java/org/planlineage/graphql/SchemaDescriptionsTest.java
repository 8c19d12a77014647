package org.planlineage.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.planlineage.support.Sdl;

/** Every type, field, argument, input field and enum value of the SDL in schema/graphql has a description. */
class SchemaDescriptionsTest {

    @Test
    void everyPartOfTheSchemaIsDescribed() {
        GraphQLSchema schema = Sdl.schema();
        List<String> missing = new ArrayList<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")
                    || List.of("String", "Int", "Float", "Boolean", "ID").contains(type.getName())) {
                continue;
            }
            if (isBlank(type.getDescription()) && !type.getName().equals("Query")) {
                missing.add("type " + type.getName());
            }
            List<GraphQLFieldDefinition> fields = type instanceof GraphQLObjectType o
                    ? o.getFieldDefinitions()
                    : type instanceof GraphQLInterfaceType i ? i.getFieldDefinitions() : List.of();
            for (GraphQLFieldDefinition field : fields) {
                if (isBlank(field.getDescription())) {
                    missing.add(type.getName() + "." + field.getName());
                }
                for (GraphQLArgument arg : field.getArguments()) {
                    if (isBlank(arg.getDescription())) {
                        missing.add(type.getName() + "." + field.getName() + "(" + arg.getName() + ")");
                    }
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().stream()
                        .filter(f -> isBlank(f.getDescription()))
                        .forEach(f -> missing.add(type.getName() + "." + f.getName()));
            }
            if (type instanceof GraphQLEnumType e) {
                e.getValues().stream()
                        .filter(v -> isBlank(v.getDescription()))
                        .forEach(v -> missing.add(type.getName() + "." + v.getName()));
            }
        }
        assertThat(missing).as("undescribed parts of the schema").isEmpty();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
