package org.planlineage.ingest;

import java.util.ArrayList;
import java.util.List;
import org.planlineage.graph.Relation;

/** A citation while it is being read: offsets into the passage, and the citations its title states. */
final class Draft {

    Relation relation;
    Draft parent;
    final List<Draft> children = new ArrayList<>();
    String typeWords;
    String numberRaw;
    String name;
    Dates.Parsed date;
    String dateWords;
    String issuerWords;
    String title;
    int start;
    int headerEnd;
    int end;
    int quoteStart;
    int quoteEnd;
    boolean joinedByAnd;
    String locator;
    final List<String> notes = new ArrayList<>();

    /** A copy of this draft and its children stated again under another parent (a title two citations share). */
    Draft copyUnder(Draft newParent) {
        Draft d = new Draft();
        d.relation = relation;
        d.parent = newParent;
        d.typeWords = typeWords;
        d.numberRaw = numberRaw;
        d.name = name;
        d.date = date;
        d.dateWords = dateWords;
        d.issuerWords = issuerWords;
        d.title = title;
        d.start = start;
        d.headerEnd = headerEnd;
        d.end = end;
        d.quoteStart = quoteStart;
        d.quoteEnd = quoteEnd;
        d.notes.addAll(notes);
        for (Draft child : children) {
            d.children.add(child.copyUnder(d));
        }
        return d;
    }

    /** The number or, for a document named without one, the name: how a nested locator names its parent. */
    String label() {
        if (numberRaw != null) {
            return numberRaw;
        }
        return name != null && name.length() <= 60 ? name : typeWords;
    }
}
