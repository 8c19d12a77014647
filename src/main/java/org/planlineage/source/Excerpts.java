package org.planlineage.source;

import org.planlineage.document.Provenance;
import org.planlineage.graphql.ApiException;
import org.springframework.stereotype.Component;

/**
 * Answers what the API asks of the source texts: the excerpt a provenance names, with where its quote sits, and a
 * page of a document's text. Refusals say what to send instead.
 */
@Component
public class Excerpts {

    /** The most lines one page of {@code sourceText} holds, and how many it holds when not told (as in the SDL). */
    static final int MAX_PAGE = 500;

    static final int DEFAULT_PAGE = 100;

    private final SourceLibrary library;

    public Excerpts(SourceLibrary library) {
        this.library = library;
    }

    /**
     * The lines a provenance names, with its quote located in them; null when it names no lines or no file.
     *
     * @throws ApiException NOT_FOUND when the file is not among the seed's sources or the lines are not in it
     */
    public SourceExcerpt of(Provenance provenance) {
        if (provenance.lines() == null || provenance.file() == null) {
            return null;
        }
        SourceFile file = library.file(provenance.file())
                .orElseThrow(() -> ApiException.notFound("The source text '" + provenance.file()
                        + "' is not among this service's sources, so its lines cannot be shown"));
        LineRange range;
        try {
            range = LineRange.parse(provenance.lines()).within(file);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound("This provenance's lines cannot be shown: " + e.getMessage());
        }
        var lines = file.lines(range);
        var span = QuoteFinder.find(lines, provenance.quote());
        return new SourceExcerpt(
                file.name(),
                range.from(),
                range.to(),
                lines,
                span.isPresent(),
                span.map(QuoteFinder.Span::start).orElse(null),
                span.map(QuoteFinder.Span::end).orElse(null),
                span.map(QuoteFinder.Span::match).orElse(null));
    }

    /**
     * A page of a document's text: {@code first} lines from line {@code from} of the given file, or of the
     * document's primary file; null when the document has no source text.
     *
     * @throws ApiException BAD_REQUEST for a file that is not the document's, or a page outside the text
     */
    public SourceText page(String documentKey, String fileName, int from, int first) {
        var files = library.ofDocument(documentKey);
        if (files.isEmpty()) {
            if (fileName != null) {
                throw ApiException.badRequest("Document " + documentKey + " has no source text");
            }
            return null;
        }
        SourceFile file = fileName == null
                ? files.get(0)
                : files.stream()
                        .filter(f -> f.name().equals(fileName))
                        .findFirst()
                        .orElseThrow(() -> ApiException.badRequest("'" + fileName + "' is not a text of document "
                                + documentKey + "; its texts are "
                                + files.stream().map(SourceFile::name).toList()));
        if (first < 1 || first > MAX_PAGE) {
            throw ApiException.badRequest("'first' must be between 1 and " + MAX_PAGE + "; got " + first);
        }
        if (from < 1 || from > file.lineCount()) {
            throw ApiException.badRequest(
                    "'from' must be a line of " + file.name() + ", 1 to " + file.lineCount() + "; got " + from);
        }
        int to = Math.min(file.lineCount(), from + first - 1);
        return new SourceText(file, from, file.lines(new LineRange(from, to)));
    }
}
