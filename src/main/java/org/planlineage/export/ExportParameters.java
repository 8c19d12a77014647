package org.planlineage.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.planlineage.graphql.ApiException;

/**
 * Reads the request parameters of an export into the query's types, refusing with a message that says what to send:
 * an unknown parameter, a value that is not one of an enum's constants (in any case: {@code rows=pairs}), a year
 * that is not a number. A list may be given as repeated parameters or comma-separated ({@code kinds=A,B}).
 */
final class ExportParameters {

    private final Map<String, String[]> given;

    ExportParameters(Map<String, String[]> given, Set<String> known) {
        this.given = given;
        for (String name : given.keySet()) {
            if (!known.contains(name)) {
                throw ApiException.badRequest("Unknown parameter '" + name + "'; this export takes "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    /** The values of a parameter, split at commas, blanks dropped; empty when absent. */
    List<String> list(String name) {
        var values = new ArrayList<String>();
        for (String v : given.getOrDefault(name, new String[0])) {
            Arrays.stream(v.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(values::add);
        }
        return values;
    }

    /** The one value of a parameter, or null when absent; twice is a mistake. */
    String one(String name) {
        List<String> values = list(name);
        if (values.size() > 1) {
            throw ApiException.badRequest("Give '" + name + "' once, got " + String.join(", ", values));
        }
        return values.isEmpty() ? null : values.get(0);
    }

    <E extends Enum<E>> List<E> enums(String name, Class<E> type) {
        return list(name).stream().map(v -> constant(name, type, v)).toList();
    }

    <E extends Enum<E>> E oneEnum(String name, Class<E> type) {
        String v = one(name);
        return v == null ? null : constant(name, type, v);
    }

    Integer year(String name) {
        String v = one(name);
        return v == null ? null : number(name, v);
    }

    List<Integer> years(String name) {
        return list(name).stream().map(v -> number(name, v)).toList();
    }

    private static Integer number(String name, String v) {
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("'" + name + "' must be a year such as 2024, got '" + v + "'");
        }
    }

    private static <E extends Enum<E>> E constant(String name, Class<E> type, String v) {
        Function<E, String> n = Enum::name;
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> n.apply(c).equalsIgnoreCase(v))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest("'" + name + "' must be one of "
                        + String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants()).map(n).toList()) + ", got '" + v
                        + "'"));
    }
}
