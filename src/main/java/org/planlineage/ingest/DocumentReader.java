package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the plain text of a Vietnamese decision, plan or resolution: its header and every citation it states, with a
 * warning for everything it could not read. Pure: no database, no lookups; the same text always reads the same.
 */
public final class DocumentReader {

    private DocumentReader() {}

    public static ReadDocument read(String text) {
        SourceText source = SourceText.of(text);
        List<Warning> warnings = new ArrayList<>();
        HeaderReader.Result header = HeaderReader.read(source, warnings);
        Citations citations = new Citations(warnings);
        StatementReader statements = new StatementReader(source, citations, warnings);
        ListReader lists = new ListReader(source, citations, warnings);
        for (Layout.Zone zone : Layout.of(source, header.header(), header.bodyStart())) {
            String part = zone.locator().isEmpty() ? "" : zone.locator() + ", ";
            switch (zone.kind()) {
                case TITLE -> statements.title(zone.from(), zone.to(), part + "Tiêu đề");
                case OPENING -> statements.opening(zone.from(), zone.to(), zone.locator());
                case ARTICLE_1 -> IssuesReader.read(source, zone.from(), zone.to(), citations, warnings);
                case BASIS_LIST -> lists.read(zone.from(), zone.to(), zone.locator());
            }
        }
        return new ReadDocument(header.header(), citations.list(), List.copyOf(warnings));
    }
}
