package org.planlineage.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.planlineage.support.Sdl;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.util.ClassUtils;

/**
 * Each enum of the SDL is exactly one Java enum of the same simple name under {@code org.planlineage}, with the same
 * constants in the same order: for every enum value of the schema, a reader (and Spring for GraphQL, which binds by
 * name) finds the one Java constant it maps to.
 */
class SchemaEnumsTest {

    @Test
    void everySchemaEnumIsOneJavaEnumWithTheSameConstantsInTheSameOrder() {
        Map<String, List<Class<?>>> javaEnums = javaEnumsByName();
        List<GraphQLEnumType> schemaEnums = Sdl.schema().getAllTypesAsList().stream()
                .filter(t -> t instanceof GraphQLEnumType && !t.getName().startsWith("__"))
                .map(GraphQLEnumType.class::cast)
                .toList();
        assertThat(schemaEnums.stream().map(GraphQLEnumType::getName))
                .as("the SDL's enums (a sanity check that the walk saw them)")
                .contains(
                        "Relation",
                        "Direction",
                        "AdminLevel",
                        "AgencyKind",
                        "DocumentType",
                        "Pillar",
                        "Comparator",
                        "TargetUnit",
                        "Verdict",
                        "ResponsibilityRole",
                        "PlanItemKind",
                        "SearchKind");

        var mismatches = new ArrayList<String>();
        for (GraphQLEnumType schemaEnum : schemaEnums) {
            List<Class<?>> candidates = javaEnums.getOrDefault(schemaEnum.getName(), List.of());
            if (candidates.size() != 1) {
                mismatches.add(
                        schemaEnum.getName() + ": " + candidates.size() + " Java enums of that name " + candidates);
                continue;
            }
            List<String> schemaValues = schemaEnum.getValues().stream()
                    .map(GraphQLEnumValueDefinition::getName)
                    .toList();
            List<String> javaConstants = Arrays.stream(candidates.get(0).getEnumConstants())
                    .map(c -> ((Enum<?>) c).name())
                    .toList();
            if (!schemaValues.equals(javaConstants)) {
                mismatches.add(schemaEnum.getName() + ": SDL " + schemaValues + " but "
                        + candidates.get(0).getName() + " " + javaConstants);
            }
        }
        assertThat(mismatches)
                .as("SDL enums without exactly one matching Java enum")
                .isEmpty();
    }

    /** Every enum compiled under org.planlineage (main and test), by simple name. */
    private static Map<String, List<Class<?>>> javaEnumsByName() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return true; // enums are not components; the include filter below picks them
            }
        };
        scanner.addIncludeFilter((reader, factory) ->
                Enum.class.getName().equals(reader.getClassMetadata().getSuperClassName()));
        return scanner.findCandidateComponents("org.planlineage").stream()
                .map(d -> ClassUtils.resolveClassName(d.getBeanClassName(), null))
                .collect(Collectors.groupingBy(Class::getSimpleName));
    }
}
