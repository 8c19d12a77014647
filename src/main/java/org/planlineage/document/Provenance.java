package org.planlineage.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Where a fact was read: the source document's key, the place in it, the words, the lines of its text file. */
public record Provenance(String documentKey, String locator, String quote, String lines, String file) {

    /** Reads the parallel {@code prov*} lists the seed loader stores on nodes and relationships. */
    @SuppressWarnings("unchecked")
    public static List<Provenance> fromProperties(Map<String, Object> props) {
        var sources = (List<String>) props.getOrDefault("provSource", List.of());
        var locators = (List<String>) props.getOrDefault("provLocator", List.of());
        var quotes = (List<String>) props.getOrDefault("provQuote", List.of());
        var lines = (List<String>) props.getOrDefault("provLines", List.of());
        var files = (List<String>) props.getOrDefault("provFile", List.of());
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
                    blankToNull(files.get(i))));
        }
        return List.copyOf(result);
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
