package org.planlineage.support;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The SDL of {@code schema/graphql/*.graphqls} as a schema to walk, without Spring or a database. */
public final class Sdl {

    private Sdl() {}

    public static GraphQLSchema schema() {
        var registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("schema/graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls"))
                    .sorted()
                    .toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
    }
}
