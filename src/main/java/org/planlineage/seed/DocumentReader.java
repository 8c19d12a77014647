package org.planlineage.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.DocumentType;

/**
 * Reads {@code sources.csv} (which text file holds which document) and {@code documents.csv} (every document, source
 * or cited, with where it is named), and checks that they agree.
 */
final class DocumentReader {

    private final SeedFiles files;
    private final Cells cells;

    DocumentReader(SeedFiles files, Cells cells) {
        this.files = files;
        this.cells = cells;
    }

    static List<Seed.Source> sources(CsvFile csv, Cells cells) {
        var result = new ArrayList<Seed.Source>();
        for (var row : csv.rows()) {
            result.add(new Seed.Source(
                    cells.required(row, "file"),
                    cells.required(row, "document"),
                    "true".equals(row.get("primary")),
                    row.get("part")));
        }
        return result;
    }

    static PrimaryFiles primaryFiles(List<Seed.Source> sources) {
        var byDocument = new HashMap<String, String>();
        sources.stream().filter(Seed.Source::primary).forEach(s -> byDocument.put(s.document(), s.file()));
        return new PrimaryFiles(byDocument);
    }

    /** The documents by key, each provenance with its text file; {@code agencies} are the valid issuer keys. */
    Map<String, Seed.Document> documents(
            CsvFile csv, List<Seed.Source> sources, PrimaryFiles primaryFiles, Set<String> agencies) {
        var sourceDocuments = new HashSet<String>();
        sources.forEach(s -> sourceDocuments.add(s.document()));
        var result = new LinkedHashMap<String, Seed.Document>();
        for (var row : csv.rows()) {
            String key = cells.key(row, "key");
            if (key != null && result.containsKey(key)) {
                files.problem(row, "document key '" + key + "' is defined twice");
                continue;
            }
            String issuer = row.get("issuer");
            if (issuer != null && !agencies.contains(issuer)) {
                files.problem(row, "issuer '" + issuer + "' is not an agency key (agencies/*.csv)");
            }
            var doc = new Seed.Document(
                    key,
                    row.get("number"),
                    cells.oneOf(row, "type", DocumentType.class, true),
                    cells.date(row, "issued_on"),
                    row.get("issued_on_raw"),
                    issuer,
                    cells.oneOf(row, "level", AdminLevel.class, false),
                    row.get("title"),
                    sourceDocuments.contains(key),
                    row.get("doubt"),
                    primaryFiles.fill(
                            cells.prov(row, row.get("source"), "Văn bản " + Objects.toString(row.get("number"), key))));
            if (key != null) {
                result.put(key, doc);
            }
        }
        for (var row : csv.rows()) {
            String source = row.get("source");
            if (source != null && !result.containsKey(source)) {
                files.problem(row, "source '" + source + "' is not a document key");
            }
        }
        for (String doc : sourceDocuments) {
            if (!result.containsKey(doc)) {
                files.problem("sources.csv: document '" + doc + "' is not in documents.csv");
            }
        }
        for (var d : result.values()) {
            if (d.isSource() && !primaryFiles.has(d.key())) {
                files.problem("sources.csv: document " + d.key() + " has no primary file");
            }
        }
        return result;
    }
}
