package org.planlineage.source;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /sources/<file>}: a source text as plain UTF-8, whole or by {@code ?lines=712-735}, so that a browser
 * or the explorer can link to the exact lines a provenance names. A range answers each line prefixed with its
 * number (a reader following a link sees which lines they are reading); the whole file answers the text alone,
 * numbered as {@code sed -n} numbers it. {@code numbered=true|false} overrides either. Only the files of the seed's
 * {@code sources.csv} are served: the name is looked up, never used as a path.
 */
@RestController
class SourceHttpController {

    private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

    private final SourceLibrary library;

    SourceHttpController(SourceLibrary library) {
        this.library = library;
    }

    @GetMapping("/sources/{file}")
    ResponseEntity<String> source(
            @PathVariable String file,
            @RequestParam(required = false) String lines,
            @RequestParam(required = false) Boolean numbered) {
        var source = library.file(file).orElse(null);
        if (source == null) {
            return answer(
                    HttpStatus.NOT_FOUND,
                    "No source text named '" + file + "'. The source texts are: "
                            + String.join(
                                    ", ",
                                    library.files().stream()
                                            .map(SourceFile::name)
                                            .toList()) + "\n");
        }
        LineRange range;
        try {
            range = lines == null
                    ? new LineRange(1, source.lineCount())
                    : LineRange.parse(lines).within(source);
        } catch (IllegalArgumentException e) {
            return answer(HttpStatus.BAD_REQUEST, "Bad 'lines': " + e.getMessage() + "\n");
        }
        boolean withNumbers = numbered != null ? numbered : lines != null;
        var body = new StringBuilder();
        int width = Integer.toString(range.to()).length();
        for (var line : source.lines(range)) {
            if (withNumbers) {
                body.append(String.format("%" + width + "d  ", line.number()));
            }
            body.append(line.text()).append('\n');
        }
        return answer(HttpStatus.OK, body.toString());
    }

    private static ResponseEntity<String> answer(HttpStatus status, String body) {
        return ResponseEntity.status(status).contentType(TEXT).body(body);
    }
}
