package org.planlineage.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVPrinter;
import org.planlineage.document.Labels;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.Comparison;
import org.planlineage.indicator.Target;

/**
 * {@code compare.csv}: the {@code compare} answer for one indicator, one row per entry (a row's target for one year,
 * raw and parsed) or, with {@code rows=pairs}, one row per pair of levels and year with its verdict and explanation.
 */
final class CompareCsv {

    static final List<String> ENTRY_HEADER = List.of(
            "indicator",
            "year",
            "level",
            "document",
            "document_key",
            "item",
            "row",
            "text",
            "raw",
            "comparator",
            "value",
            "unit",
            "scope",
            "lines");

    static final List<String> PAIR_HEADER = List.of(
            "indicator",
            "year",
            "lower_level",
            "lower_document",
            "lower_item",
            "lower_raw",
            "upper_level",
            "upper_document",
            "upper_item",
            "upper_raw",
            "verdict",
            "explanation");

    private CompareCsv() {}

    /** {@code provenance}: each entry's row's provenance by row key (its first one gives the lines). */
    static void write(
            HttpServletResponse response,
            Comparison c,
            Map<String, List<Provenance>> provenance,
            ExportController.CompareRows rows)
            throws IOException {
        String file = "compare-" + c.indicator().key() + ".csv";
        if (rows == ExportController.CompareRows.PAIRS) {
            CsvFile.write(response, file, PAIR_HEADER, printer -> {
                for (Comparison.Pair p : c.pairs()) {
                    printer.printRecord(
                            c.indicator().key(),
                            p.year(),
                            p.lower().level(),
                            Labels.document(p.lower().document()),
                            p.lower().item().key(),
                            p.lower().target().raw(),
                            p.upper().level(),
                            Labels.document(p.upper().document()),
                            p.upper().item().key(),
                            p.upper().target().raw(),
                            p.verdict(),
                            p.explanation());
                }
            });
            return;
        }
        CsvFile.write(response, file, ENTRY_HEADER, printer -> {
            for (Comparison.Entry e : c.entries()) {
                entry(printer, c, e, provenance.getOrDefault(e.item().key(), List.of()));
            }
        });
    }

    private static void entry(CSVPrinter printer, Comparison c, Comparison.Entry e, List<Provenance> provenance)
            throws IOException {
        Target t = e.target();
        printer.printRecord(
                c.indicator().key(),
                e.year(),
                e.level() == null ? "" : e.level(),
                Labels.document(e.document()),
                e.document().key(),
                e.item().key(),
                e.item().number() == null ? e.item().ref() : e.item().number().replaceAll("\\.$", ""),
                e.item().text(),
                t.raw(),
                t.comparator() == null ? "" : t.comparator(),
                t.value() == null ? "" : t.value(),
                t.unit(),
                t.scope() == null ? "" : t.scope(),
                provenance.isEmpty() || provenance.get(0).lines() == null
                        ? ""
                        : provenance.get(0).lines());
    }
}
