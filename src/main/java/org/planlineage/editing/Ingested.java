package org.planlineage.editing;

import java.time.LocalDate;
import java.util.List;

/** What {@code ingestText} answers ({@code IngestResult} and its parts). */
public final class Ingested {

    private Ingested() {}

    /** The whole answer; {@code imported} is null on a dry run. */
    public record Result(
            boolean dryRun, Document document, List<Cited> citations, List<Remark> warnings, ImportResult imported) {}

    /** The read document's header ({@code IngestedDocument}). */
    public record Document(
            String key,
            boolean exists,
            String number,
            String numberRaw,
            String type,
            String title,
            LocalDate issuedOn,
            String issuedOnRaw,
            List<String> issuerLines,
            String issuer,
            String lines) {}

    /** One citation with what the graph knows of it ({@code IngestedCitation}). */
    public record Cited(
            int index,
            Integer parent,
            String relation,
            String type,
            String typeWords,
            String number,
            String name,
            LocalDate date,
            String dateRaw,
            String issuer,
            String issuerKey,
            String title,
            String quote,
            String lines,
            String locator,
            String match,
            String matched,
            List<String> candidates,
            String proposedKey,
            List<String> notes) {}

    /** Something not read, or read with a doubt ({@code IngestWarning}). */
    public record Remark(String kind, String message, String words, String lines) {}
}
