package org.planlineage.editing;

import java.util.ArrayList;
import java.util.List;
import org.planlineage.document.DocumentType;
import org.planlineage.ingest.Citation;

/**
 * Turns a reading into the {@link DocumentInput} an ingest imports: the header as the document, each citation the
 * document itself states as a link (the cited document by its matched key, or as a new cited-only one with the key,
 * type, date, title and issuer the text gives). Citations stated inside a cited document's title are facts about
 * that document, not this one, and are shown but not imported. Refuses, naming each citation, what it cannot import
 * without a guess.
 */
final class IngestInputs {

    private IngestInputs() {}

    static DocumentInput of(IngestReading.Reading r, Problems problems) {
        var d = r.document();
        if (d.key() == null) {
            problems.add(
                    "document.number",
                    d.numberRaw() == null
                            ? "the text has no number to make the document's key from; import it with importDocument "
                                    + "and a key"
                            : d.number() == null
                                    ? "the number is left blank ('" + d.numberRaw() + "'); import it with "
                                            + "importDocument and a key"
                                    : "the text gives no year of issue to add to the number in the key; import it "
                                            + "with importDocument and a key");
        }
        if (d.type() == null) {
            problems.add("document.type", "the text names no type; import it with importDocument and a type");
        }
        var links = new ArrayList<DocumentInput.LinkInput>();
        for (Citation c : r.read().ownCitations()) {
            if (IngestReading.isAttachedPlan(c)) {
                continue;
            }
            var m = r.matches().get(c.index());
            String path = "citations[" + c.index() + "]";
            DocumentInput.Reference ref;
            if (m.status() == CitationMatch.MATCHED) {
                ref = new DocumentInput.Reference(m.key(), null, null, null, null, null);
            } else if (m.status() == CitationMatch.AMBIGUOUS) {
                problems.add(
                        path,
                        "'" + label(c) + "' may be any of " + String.join(", ", m.candidates())
                                + "; import with importDocument and name it by key",
                        m.candidates());
                continue;
            } else if (m.proposedKey() == null) {
                problems.add(
                        path,
                        "'" + label(c) + "' is not in the graph and the text gives no number and year to make its "
                                + "key from; import with importDocument and give it a key");
                continue;
            } else {
                ref = new DocumentInput.Reference(
                        m.proposedKey(),
                        c.number(),
                        m.issuer(),
                        c.issuedOn(),
                        c.type() == null ? DocumentType.OTHER : c.type(),
                        c.title() != null ? c.title() : c.name());
            }
            links.add(new DocumentInput.LinkInput(
                    c.relation(), ref, c.locator(), c.quote(), c.lines().toString()));
        }
        return new DocumentInput(
                d.key(),
                d.number(),
                d.type() == null ? null : DocumentType.valueOf(d.type()),
                d.title(),
                d.issuedOn(),
                d.issuedOnRaw(),
                d.issuer(),
                null,
                null,
                List.copyOf(links),
                List.of());
    }

    private static String label(Citation c) {
        return c.number() != null ? c.number() : c.name() != null ? c.name() : c.quote();
    }
}
