package org.planlineage.seed;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.planlineage.document.Provenance;

/**
 * Reads the values of a row's cells as the seed's rules define them (keys, allowed values, references, dates, line
 * ranges, provenance), reporting every cell that breaks a rule to the seed's problems and answering null for it.
 */
final class Cells {

    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");
    private static final Pattern LINES = Pattern.compile("\\d+(?:-\\d+)?");

    private final SeedFiles files;
    private final Set<String> sourceFiles;

    /** {@code sourceFiles}: the text files {@code sources.csv} names, the only ones a provenance may name. */
    Cells(SeedFiles files, Set<String> sourceFiles) {
        this.files = files;
        this.sourceFiles = sourceFiles;
    }

    String required(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            files.problem(row, "'" + column + "' is empty");
        }
        return value;
    }

    String key(CsvFile.Row row, String column) {
        String value = required(row, column);
        if (value != null && !KEY.matcher(value).matches()) {
            files.problem(
                    row,
                    "'" + column + "' = '" + value
                            + "' is not a key (lower-case ASCII letters, digits and single dashes)");
            return null;
        }
        return value;
    }

    /** The constant of {@code type} a cell names. */
    <E extends Enum<E>> E oneOf(CsvFile.Row row, String column, Class<E> type, boolean isRequired) {
        return oneOf(row, column, EnumSet.allOf(type), isRequired);
    }

    /** The constant a cell names, which must be one of {@code allowed}. */
    <E extends Enum<E>> E oneOf(CsvFile.Row row, String column, Collection<E> allowed, boolean isRequired) {
        String value = isRequired ? required(row, column) : row.get(column);
        if (value == null) {
            return null;
        }
        for (E constant : allowed) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        files.problem(
                row,
                "'" + column + "' = '" + value + "' is not one of "
                        + allowed.stream().map(Enum::name).sorted().toList());
        return null;
    }

    String reference(CsvFile.Row row, String column, Set<String> keys, String what) {
        String value = required(row, column);
        if (value != null && !keys.contains(value)) {
            files.problem(row, "'" + column + "' = '" + value + "' is not a " + what + " key");
            return null;
        }
        return value;
    }

    /** A {@code ;}-separated list of keys, each of which must be one of {@code keys}; duplicates are dropped. */
    List<String> keyList(CsvFile.Row row, String column, Set<String> keys, String what) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        var result = new ArrayList<String>();
        for (String key : value.split(";")) {
            String k = key.strip();
            if (!keys.contains(k)) {
                files.problem(row, "'" + column + "' names '" + k + "', which is not a " + what + " key");
            } else if (!result.contains(k)) {
                result.add(k);
            }
        }
        return result;
    }

    LocalDate date(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            files.problem(row, "'" + column + "' = '" + value + "' is not an ISO date (yyyy-mm-dd)");
            return null;
        }
    }

    /** A text file a provenance's lines refer to: it must be one of {@code sources.csv}'s, or the API cannot show it. */
    String sourceFile(CsvFile.Row row, String column) {
        String value = row.get(column);
        if (value != null && !sourceFiles.contains(value)) {
            files.problem(row, "'" + column + "' = '" + value + "' is not a text file named in sources.csv");
        }
        return value;
    }

    /** As {@link #sourceFile}, and the cell must not be empty. */
    String requiredSourceFile(CsvFile.Row row, String column) {
        return required(row, column) == null ? null : sourceFile(row, column);
    }

    String lines(CsvFile.Row row) {
        String value = row.get("lines");
        if (value != null && !LINES.matcher(value).matches()) {
            files.problem(row, "'lines' = '" + value + "' is not a line or a range like 712-735");
        }
        return value;
    }

    /** Provenance that must be there: a source document and the lines or words where it is stated. */
    Provenance prov(CsvFile.Row row, String source, String defaultLocator) {
        if (source == null) {
            files.problem(row, "no provenance: 'source' is empty");
        } else if (row.get("lines") == null && row.get("quote") == null) {
            files.problem(row, "no provenance: give 'lines' or 'quote'");
        }
        String locator = row.get("locator") != null ? row.get("locator") : defaultLocator;
        // 'file' names the text file when the source document has several (206/QĐ-UBND: 002 and 003)
        return new Provenance(source, locator, row.get("quote"), lines(row), sourceFile(row, "file"));
    }

    /** Provenance that may be absent (a fact from the public record has a quote at most, and no document). */
    Provenance optionalProv(CsvFile.Row row, String defaultLocator) {
        if (row.get("source") == null) {
            return row.get("quote") == null ? null : new Provenance(null, defaultLocator, row.get("quote"), null, null);
        }
        return prov(row, row.get("source"), defaultLocator != null ? defaultLocator : "Đơn vị");
    }

    void optionalSource(CsvFile.Row row, Set<String> documents) {
        String source = row.get("source");
        if (source != null && !documents.contains(source)) {
            files.problem(row, "source '" + source + "' is not a document key");
        }
    }
}
