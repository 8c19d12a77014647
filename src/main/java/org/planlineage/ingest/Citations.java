package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;

/** Turns the drafts of a document into numbered citations, in the order the text states them, with their warnings. */
final class Citations {

    private final List<Citation> out = new ArrayList<>();
    private final List<Warning> warnings;

    Citations(List<Warning> warnings) {
        this.warnings = warnings;
    }

    /** Adds the drafts read from one passage, each followed by the citations its title states. */
    void add(Passage passage, List<Draft> tops, String locator) {
        for (Draft d : tops) {
            add(passage, d, null, locator);
        }
    }

    List<Citation> list() {
        return List.copyOf(out);
    }

    private void add(Passage p, Draft d, Integer parent, String locator) {
        int index = out.size();
        String raw = d.numberRaw;
        boolean blank = raw != null && !Character.isDigit(raw.charAt(0));
        String quote = p.words(d.quoteStart, d.quoteEnd).replaceAll("[\\s,;:.]+$", "");
        LineRange lines = p.lines(d.quoteStart, d.quoteEnd);
        if (blank) {
            warnings.add(Warning.of(Warning.Kind.NUMBER_BLANK, "the cited number is left blank", raw, lines));
        }
        if (d.date != null) {
            Warning w = Dates.warning(d.date, d.dateWords, lines);
            if (w != null) {
                warnings.add(w);
            }
        }
        String number = blank ? null : raw;
        String issuer = d.issuerWords;
        out.add(new Citation(
                index,
                parent,
                d.relation,
                DocumentTypes.ofWords(d.typeWords, number == null ? raw : number),
                d.typeWords,
                number,
                raw,
                d.name,
                d.date == null ? null : d.date.date(),
                d.dateWords,
                issuer,
                issuer == null ? DocumentTypes.impliedIssuer(d.typeWords, number) : null,
                d.title,
                quote,
                lines,
                d.locator != null ? d.locator : locator,
                List.copyOf(d.notes)));
        String nested = (d.locator != null ? d.locator : locator) + " (trích yếu của " + d.label() + ")";
        for (Draft child : d.children) {
            add(p, child, index, nested);
        }
    }
}
