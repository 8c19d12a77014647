package org.planlineage.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * The seed folder and what is wrong with it: the one place that opens the seed's files (every byte read goes into
 * the fingerprint) and collects the problems found in them, each as {@code file:line: reason}. Problems are
 * reported all together, so that a curator fixes a batch of mistakes per run, not one.
 */
final class SeedFiles {

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final String location;
    private final List<String> problems = new ArrayList<>();
    private final MessageDigest digest;

    SeedFiles(String location, String modelVersion) {
        this.location = location.endsWith("/") ? location : location + "/";
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        digest.update(modelVersion.getBytes(StandardCharsets.UTF_8));
    }

    /** A CSV file that must exist, with the columns it must have; a missing file is a problem and reads as empty. */
    CsvFile csv(String name, String... required) {
        Resource resource = resolver.getResource(location + name);
        if (!resource.exists()) {
            problem(name + ": missing (looked in " + location + ")");
            return new CsvFile(name, List.of(), List.of());
        }
        return parse(name, resource, required);
    }

    /** A CSV file that may be absent (a seed without it reads it as empty), with the columns it must have. */
    CsvFile optionalCsv(String name, String... required) {
        Resource resource = resolver.getResource(location + name);
        return resource.exists() ? parse(name, resource, required) : new CsvFile(name, List.of(), List.of());
    }

    /** A text file of the seed (a source text the loader reads), decoded as UTF-8, or null and a problem. */
    String text(String name) {
        Resource resource = resolver.getResource(location + name);
        try {
            byte[] bytes = resource.getContentAsByteArray();
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            problem(name + ": cannot be read: " + e.getMessage());
            return null;
        }
    }

    /** Every CSV file matching {@code folder/*.csv}, by name; none at all is a problem. */
    List<CsvFile> csvs(String pattern, String... required) {
        var result = new ArrayList<CsvFile>();
        String folder = pattern.substring(0, pattern.indexOf('/') + 1);
        for (Resource r : resources(pattern)) {
            result.add(parse(folder + r.getFilename(), r, required));
        }
        if (result.isEmpty()) {
            problem(pattern + ": no files (looked in " + location + ")");
        }
        return result;
    }

    /** The names of the files matching a pattern such as {@code plan-items/*.csv}, without their folder. */
    List<String> names(String pattern) {
        return resources(pattern).stream().map(Resource::getFilename).toList();
    }

    void problem(String problem) {
        problems.add(problem);
    }

    void problem(CsvFile.Row row, String reason) {
        problems.add(row.where() + ": " + reason);
    }

    /** How many problems have been found so far. */
    int problemCount() {
        return problems.size();
    }

    /** Throws {@link SeedException} with every problem collected so far, if there is any. */
    void failIfProblems() {
        if (!problems.isEmpty()) {
            throw new SeedException(problems);
        }
    }

    /** SHA-256 of the loader's model version and of every file read, with its name, in the order read. */
    String fingerprint() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private List<Resource> resources(String pattern) {
        try {
            Resource[] found = resolver.getResources(location + pattern);
            Arrays.sort(found, Comparator.comparing(Resource::getFilename));
            return List.of(found);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + location + pattern, e);
        }
    }

    private CsvFile parse(String name, Resource resource, String... required) {
        try {
            digest.update(name.getBytes(StandardCharsets.UTF_8));
            digest.update(resource.getContentAsByteArray());
            CsvFile csv = CsvFile.read(name, resource);
            for (String column : csv.missing(Set.of(required))) {
                problem(name + ":1: missing column '" + column + "'");
            }
            // a row cut short (or run long) would load with its last cells silently empty (or dropped)
            for (var row : csv.ragged()) {
                problem(
                        row,
                        row.size() + " cells where the header has "
                                + csv.header().size() + " columns");
            }
            return csv;
        } catch (IOException | RuntimeException e) {
            problem(name + ": cannot be read as CSV: " + e.getMessage());
            return new CsvFile(name, List.of(), List.of());
        }
    }
}
