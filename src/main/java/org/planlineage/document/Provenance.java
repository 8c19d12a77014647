package org.planlineage.document;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Value;

/**
 * Where a fact was read: the source document's key, the place in it, the words, the lines of its text file; and for a
 * fact an editor imported, who imported it and when (null for the seed's facts). Also the one place that says how
 * provenance is kept on a node or relationship, both ways: {@link #toProperties} (the seed loader writes it) and
 * {@link #from} (every read decodes it).
 */
public record Provenance(
        String documentKey,
        String locator,
        String quote,
        String lines,
        String file,
        String importedBy,
        ZonedDateTime importedAt) {

    /**
     * The properties {@link #from} reads, as the items of a map projection ({@code n {%s}}): how a read names them
     * instead of reading every property of a node or relationship.
     */
    public static final String PROPERTIES =
            ".provSource, .provLocator, .provQuote, .provLines, .provFile, .importedBy, .importedAt";

    /** A fact of the seed's: no editor, no import time. */
    public Provenance(String documentKey, String locator, String quote, String lines, String file) {
        this(documentKey, locator, quote, lines, file, null, null);
    }

    /**
     * Provenance as the parallel lists {@code provSource}, {@code provLocator}, {@code provQuote}, {@code provLines},
     * {@code provFile} (Neo4j properties hold no maps); an absent part is an empty string, so the lists stay aligned.
     */
    public static Map<String, Object> toProperties(List<Provenance> provenance) {
        var p = new HashMap<String, Object>();
        p.put("provSource", column(provenance, Provenance::documentKey));
        p.put("provLocator", column(provenance, Provenance::locator));
        p.put("provQuote", column(provenance, Provenance::quote));
        p.put("provLines", column(provenance, Provenance::lines));
        p.put("provFile", column(provenance, Provenance::file));
        return p;
    }

    private static List<String> column(List<Provenance> provenance, Function<Provenance, String> part) {
        return provenance.stream().map(part).map(s -> s == null ? "" : s).toList();
    }

    /**
     * Reads the parallel {@code prov*} lists back ({@link #toProperties}) from a node's or relationship's properties
     * (a map projection or {@code properties(r)}); entries without a document are left out.
     */
    public static List<Provenance> from(Value props) {
        var sources = strings(props, "provSource");
        var locators = strings(props, "provLocator");
        var quotes = strings(props, "provQuote");
        var lines = strings(props, "provLines");
        var files = strings(props, "provFile");
        // written by an import: the same editor and time for every statement of the fact
        String importedBy = props.get("importedBy").asString(null);
        ZonedDateTime importedAt = props.get("importedAt").isNull()
                ? null
                : props.get("importedAt").asZonedDateTime();
        var result = new ArrayList<Provenance>();
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).isEmpty()) {
                continue; // a fact from outside the sources (e.g. the public list of wards) has no document
            }
            result.add(new Provenance(
                    sources.get(i),
                    locators.get(i),
                    blankToNull(quotes.get(i)),
                    blankToNull(lines.get(i)),
                    blankToNull(files.get(i)),
                    importedBy,
                    importedAt));
        }
        return List.copyOf(result);
    }

    private static List<String> strings(Value props, String name) {
        return props.get(name).asList(Value::asString, List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
