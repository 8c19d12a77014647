package org.planlineage.editing;

import java.util.ArrayList;
import java.util.List;
import org.planlineage.graph.Relation;
import org.planlineage.ingest.Citation;
import org.planlineage.ingest.DocumentKeys;
import org.planlineage.ingest.Header;
import org.planlineage.ingest.ReadDocument;

/**
 * What an ingest shows before it writes anything: the header and every citation the reader read, each cited document
 * matched against the graph ({@link CitationMatcher}), the issuer's lines matched to a unit, and a warning for
 * everything not read or not matched.
 */
final class IngestReading {

    private IngestReading() {}

    /** The reading, with the matches by citation index. */
    record Reading(
            ReadDocument read,
            Ingested.Document document,
            List<Ingested.Cited> citations,
            List<CitationMatcher.Match> matches,
            List<Ingested.Remark> warnings) {}

    static Reading of(ReadDocument read, CitationMatcher matcher, UnitMatcher units, boolean exists) {
        Header h = read.header();
        var warnings = new ArrayList<Ingested.Remark>();
        read.warnings()
                .forEach(w -> warnings.add(new Ingested.Remark(
                        w.kind().name(),
                        w.message(),
                        w.words(),
                        w.lines() == null ? null : w.lines().toString())));
        String issuer = issuer(h, units);
        if (issuer == null && !h.issuerLines().isEmpty()) {
            warnings.add(new Ingested.Remark(
                    "ISSUER_UNKNOWN",
                    "no known unit is called '" + String.join(" ", h.issuerLines()) + "'; the document gets no issuer",
                    String.join(" ", h.issuerLines()),
                    h.issuer().lines().toString()));
        }
        var matches = new ArrayList<CitationMatcher.Match>();
        var cited = new ArrayList<Ingested.Cited>();
        for (Citation c : read.citations()) {
            var m = matcher.match(c);
            matches.add(m);
            cited.add(new Ingested.Cited(
                    c.index(),
                    c.parent(),
                    c.relation().name(),
                    c.type() == null ? null : c.type().name(),
                    c.typeWords(),
                    c.number(),
                    c.name(),
                    c.issuedOn(),
                    c.issuedOnRaw(),
                    c.issuerWords() != null ? c.issuerWords() : c.impliedIssuer(),
                    m.issuer(),
                    c.title(),
                    c.quote(),
                    c.lines().toString(),
                    c.locator(),
                    m.status().name(),
                    m.key(),
                    m.candidates(),
                    m.proposedKey(),
                    c.notes()));
            if (isAttachedPlan(c)) {
                warnings.add(new Ingested.Remark(
                        "ATTACHED_PLAN",
                        "citations[" + c.index() + "]: the plan this document issues has no number of its own; as in "
                                + "the seed it is part of this document, and no link is made to it",
                        c.quote(),
                        c.lines().toString()));
            }
        }
        var document = new Ingested.Document(
                key(h),
                exists,
                h.number() == null ? null : h.number().value(),
                h.numberRaw(),
                h.type() == null || h.type().value() == null
                        ? null
                        : h.type().value().name(),
                h.title() == null ? null : h.title().value(),
                h.issuedOn() == null ? null : h.issuedOn().value(),
                h.issuedOnRaw(),
                h.issuerLines(),
                issuer,
                h.number() == null ? null : h.number().lines().toString());
        return new Reading(read, document, cited, matches, warnings);
    }

    /** An "Ban hành kèm theo" of a plan without a number: the seed keeps such a plan as one with its decision. */
    static boolean isAttachedPlan(Citation c) {
        return c.parent() == null && c.relation() == Relation.ISSUES && c.number() == null;
    }

    /** The key the seed would give the read document: its number and year; null without a number. */
    static String key(Header h) {
        if (h.number() == null || h.number().value() == null) {
            return null;
        }
        Integer year = h.issuedOn() != null && h.issuedOn().value() != null
                ? Integer.valueOf(h.issuedOn().value().getYear())
                : yearOf(h.issuedOnRaw());
        return DocumentKeys.of(h.number().value(), year);
    }

    private static Integer yearOf(String words) {
        if (words == null) {
            return null;
        }
        var m = java.util.regex.Pattern.compile("(\\d{4})\\s*$").matcher(words);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The unit the issuer's lines name, else the one the authority line names ("CHỦ TỊCH ỦY BAN ..."). */
    private static String issuer(Header h, UnitMatcher units) {
        String fromLines = h.issuerLines().isEmpty() ? null : Units.named(units, String.join(" ", h.issuerLines()));
        if (fromLines != null || h.authority() == null || h.authority().value() == null) {
            return fromLines;
        }
        return Units.named(units, h.authority().value().replaceFirst("^(?i)chủ tịch\\s+", ""));
    }
}
