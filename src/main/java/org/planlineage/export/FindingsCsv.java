package org.planlineage.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.planlineage.document.Labels;
import org.planlineage.document.Provenance;
import org.planlineage.finding.Finding;
import org.planlineage.finding.FindingDetails;

/** {@code findings.csv}: one row per finding, in the order of the {@code findings} query, with its provenance. */
final class FindingsCsv {

    static final List<String> HEADER = List.of(
            "id",
            "kind",
            "severity",
            "year",
            "level",
            "document",
            "document_key",
            "documents",
            "items",
            "agencies",
            "indicator",
            "strictness_only",
            "explanation",
            "provenance");

    private FindingsCsv() {}

    static void write(HttpServletResponse response, List<Finding> findings, FindingDetails details) throws IOException {
        var documents = details.documents(findings);
        var agencies = details.agencies(findings);
        var provenance = details.provenance(findings);
        CsvFile.write(response, "findings.csv", HEADER, printer -> {
            for (Finding f : findings) {
                printer.printRecord(
                        f.id(),
                        f.kind(),
                        f.severity(),
                        f.year() == null ? "" : f.year(),
                        f.level() == null ? "" : f.level(),
                        Labels.document(documents.get(f.documentKey())),
                        f.documentKey(),
                        f.documentKeys().stream()
                                .map(k -> Labels.document(documents.get(k)))
                                .collect(Collectors.joining("; ")),
                        String.join("; ", f.itemKeys()),
                        f.agencyKeys().stream().map(k -> agencies.get(k).name()).collect(Collectors.joining("; ")),
                        f.indicatorKey() == null ? "" : f.indicatorKey(),
                        f.strictnessOnly(),
                        f.explanation(),
                        provenance.get(f).stream()
                                .map(p -> where(
                                        p,
                                        documents.get(p.documentKey()) == null
                                                ? p.documentKey()
                                                : Labels.document(documents.get(p.documentKey()))))
                                .collect(Collectors.joining(" | ")));
            }
        });
    }

    /** "206/QĐ-UBND, Phụ lục 2, TT 13, lines 21 of 002_f3fbce1528a64abc.txt: \"...\"". */
    private static String where(Provenance p, String document) {
        return document + ", " + p.locator()
                + (p.lines() == null ? "" : ", lines " + p.lines() + (p.file() == null ? "" : " of " + p.file()))
                + (p.quote() == null ? "" : ": \"" + p.quote() + "\"");
    }
}
