package org.planlineage.seed;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.planlineage.text.Folding;
import org.springframework.core.io.Resource;

/** One CSV file of the seed: its header and its rows, each with the line it starts on. Cells are NFC, empty = null. */
record CsvFile(String name, List<String> header, List<Row> rows) {

    /**
     * A row; {@code line} is the 1-based line of the file where the row starts (the header is line 1), {@code size}
     * the number of cells the row really has (a row cut short has fewer than the header has columns).
     */
    record Row(CsvFile file, int line, int size, Map<String, String> cells) {
        String get(String column) {
            return cells.get(column);
        }

        String where() {
            return file.name() + ":" + line;
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .get();

    static CsvFile read(String name, Resource resource) throws IOException {
        try (Reader in = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
                CSVParser parser = FORMAT.parse(in)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::strip).toList();
            var rows = new ArrayList<Row>();
            var file = new CsvFile(name, header, rows);
            long lineBefore = parser.getCurrentLineNumber();
            for (var record : parser) {
                var cells = new HashMap<String, String>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    String value = Folding.nfc(record.get(i));
                    cells.put(header.get(i), value == null || value.isEmpty() ? null : value);
                }
                rows.add(new Row(file, (int) lineBefore + 1, record.size(), cells));
                lineBefore = parser.getCurrentLineNumber();
            }
            return file;
        }
    }

    /** The columns of {@code required} that the header lacks. */
    List<String> missing(Set<String> required) {
        return required.stream().filter(c -> !header.contains(c)).sorted().toList();
    }

    /** The rows whose number of cells differs from the header's number of columns. */
    List<Row> ragged() {
        return rows.stream().filter(r -> r.size() != header.size()).toList();
    }
}
