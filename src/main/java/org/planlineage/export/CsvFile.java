package org.planlineage.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes one CSV file to a response: UTF-8 with a byte-order mark (spreadsheets otherwise guess another encoding
 * and garble Vietnamese), a header row, RFC 4180 quoting and line ends, through Commons CSV.
 */
final class CsvFile {

    private CsvFile() {}

    /** A row source: called with a printer after the header is written. */
    interface Rows {
        void print(CSVPrinter printer) throws IOException;
    }

    static void write(HttpServletResponse response, String fileName, List<String> header, Rows rows)
            throws IOException {
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        var format = CSVFormat.RFC4180
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get();
        try (var printer = new CSVPrinter(out, format)) {
            rows.print(printer);
        }
    }
}
