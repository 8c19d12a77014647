package org.planlineage.document;

import java.util.ArrayList;
import java.util.List;
import org.neo4j.driver.Value;

/** Where a fact was read: the source document's key, the place in it, the words, the lines of its text file. */
public record Provenance(String documentKey, String locator, String quote, String lines, String file) {

    /**
     * Reads the parallel {@code prov*} lists the seed loader stores on nodes and relationships, from the node's or
     * relationship's properties (a map projection or {@code properties(r)}).
     */
    public static List<Provenance> from(Value props) {
        var sources = strings(props, "provSource");
        var locators = strings(props, "provLocator");
        var quotes = strings(props, "provQuote");
        var lines = strings(props, "provLines");
        var files = strings(props, "provFile");
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

    private static List<String> strings(Value props, String name) {
        return props.get(name).asList(Value::asString, List.of());
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
