package org.planlineage.editing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.planlineage.document.Provenance;
import org.planlineage.indicator.Target;
import org.planlineage.indicator.TargetParser;
import org.planlineage.indicator.TargetUnit;
import org.planlineage.text.Folding;

/**
 * The properties of what an import writes, in the seed's shape: provenance and targets through the same encoders the
 * seed loader uses ({@link Provenance#toProperties}, {@link Target#toProperties}), so that every read of the API serves
 * imported facts exactly as it serves the seed's.
 */
final class ImportProps {

    private ImportProps() {}

    /** Where a fact was read: the document stating it, the place, the words, the lines and the text they are in. */
    record Prov(String source, String locator, String quote, String lines, String file) {}

    static Map<String, Object> document(
            String key,
            String number,
            String type,
            LocalDate issuedOn,
            String issuedOnRaw,
            String level,
            String title,
            String doubt,
            boolean citedOnly,
            Prov prov) {
        var p = new HashMap<String, Object>();
        p.put("key", key);
        p.put("number", number);
        p.put("numberFolded", Folding.foldNumber(number));
        p.put("type", type);
        p.put("issuedOn", issuedOn);
        p.put("issuedOnRaw", issuedOnRaw);
        p.put("level", level);
        p.put("title", title);
        p.put("isSource", false);
        p.put("citedOnly", citedOnly);
        p.put("doubt", doubt);
        p.put("searchText", Folding.fold((number == null ? "" : number) + " " + (title == null ? "" : title)));
        p.putAll(prov(prov));
        return p;
    }

    static Map<String, Object> item(
            String key, DocumentInput.ItemInput in, int position, String kind, Map<String, String> text, Prov prov) {
        var p = new HashMap<String, Object>();
        p.put("key", key);
        p.put("ref", in.ref());
        p.put("number", text.get("number"));
        p.put("position", position);
        p.put("text", text.get("text"));
        p.put("kind", kind);
        p.put("pillar", in.pillar().name());
        p.put("section", text.get("section"));
        p.put("subsection", text.get("subsection"));
        p.put("leadRaw", text.get("leadRaw"));
        p.put("cooperatingRaw", text.get("cooperatingRaw"));
        p.put("legalBasisRaw", text.get("legalBasisRaw"));
        p.put("note", text.get("note"));
        p.put("doubt", text.get("doubt"));
        p.put("searchText", Folding.fold(text.get("text")));
        p.putAll(prov(prov));
        return p;
    }

    /**
     * A target or result cell, raw and parsed as the seed parses it (with the row's text, which may say what a second
     * value counts), keyed {@code <item>/target/<year>} as the seed keys it.
     */
    static Map<String, Object> value(String itemKey, ChangeSubject subject, int year, String raw, String rowText) {
        var p = new HashMap<String, Object>(
                Target.toProperties(year, raw, TargetParser.parse(raw, TargetUnit.COUNT, rowText)));
        p.put("key", valueKey(itemKey, subject, year));
        p.put("kind", subject == ChangeSubject.RESULT ? "RESULT" : "TARGET");
        return p;
    }

    static String valueKey(String itemKey, ChangeSubject subject, int year) {
        return itemKey + "/" + (subject == ChangeSubject.RESULT ? "result" : "target") + "/" + year;
    }

    static boolean isNumeric(String raw, String rowText) {
        return !TargetParser.parse(raw, TargetUnit.COUNT, rowText).parts().isEmpty();
    }

    static String unitOf(List<String> targetRaws, String rowText) {
        var units = targetRaws.stream()
                .map(r ->
                        TargetParser.parse(r, TargetUnit.COUNT, rowText).unit().name())
                .distinct()
                .toList();
        return units.size() == 1 ? units.get(0) : "TEXT";
    }

    static Map<String, Object> indicator(String key, String name, String pillar, String unit, boolean curated) {
        var p = new HashMap<String, Object>();
        p.put("key", key);
        p.put("name", name);
        p.put("pillar", pillar);
        p.put("unit", unit);
        p.put("curated", curated);
        p.put("searchText", curated ? Folding.fold(name) : null);
        return p;
    }

    /** Provenance as the seed stores it: parallel lists, absent parts as empty strings. */
    static Map<String, Object> prov(Prov prov) {
        return provs(List.of(prov));
    }

    /** Several statements of one fact (a link stated twice), one entry each, as the seed stores them. */
    static Map<String, Object> provs(List<Prov> provs) {
        return Provenance.toProperties(provs.stream()
                .map(x -> new Provenance(x.source(), x.locator(), x.quote(), x.lines(), x.file()))
                .toList());
    }
}
