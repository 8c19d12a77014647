package org.planlineage.finding;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.Document;
import org.planlineage.document.DocumentQueries;
import org.planlineage.graph.GlobalId;
import org.planlineage.graph.NodeType;
import org.planlineage.graphql.ApiException;

/**
 * The filters of {@code findings} and of {@code /export/findings.csv}, checked: kinds (every kind when none is
 * named), the key of a document the findings must concern, the subject document's level, the year of the target.
 * They combine: a finding passes when it passes each filter given.
 */
public record FindingFilter(Set<FindingKind> kinds, String document, AdminLevel level, Integer year) {

    /**
     * Checks the arguments as a caller gave them: a document may be named by key, global id or number (an unknown
     * one is NOT_FOUND, a number several issuers used is AMBIGUOUS with the candidates' keys); a year must be a
     * calendar year. Every mistake is a {@link ApiException} saying what to send.
     */
    public static FindingFilter of(
            List<FindingKind> kinds, String document, AdminLevel level, Integer year, DocumentQueries documents) {
        if (year != null && (year < 1945 || year > 2100)) {
            throw ApiException.badRequest("'year' must be a calendar year such as 2024, got " + year);
        }
        Set<FindingKind> chosen =
                kinds == null || kinds.isEmpty() ? EnumSet.allOf(FindingKind.class) : EnumSet.copyOf(kinds);
        return new FindingFilter(
                chosen, document == null ? null : documentKey(document.strip(), documents), level, year);
    }

    private static String documentKey(String document, DocumentQueries documents) {
        String key = GlobalId.parse(document)
                .filter(id -> id.type() == NodeType.DOCUMENT)
                .map(GlobalId::key)
                .orElse(document);
        if (documents.byKeys(List.of(key)).containsKey(key)) {
            return key;
        }
        List<Document> byNumber = documents.byNumber(document);
        if (byNumber.size() == 1) {
            return byNumber.get(0).key();
        }
        if (byNumber.size() > 1) {
            throw new ApiException(
                    ApiException.Classification.AMBIGUOUS,
                    "Number '" + document + "' was used by " + byNumber.size() + " documents; filter by key",
                    Map.of("candidates", byNumber.stream().map(Document::key).toList()));
        }
        throw ApiException.notFound("No document with key, id or number '" + document
                + "'; find one with documents(filter: ...) or search(text: ...)");
    }

    /** The same filters for every kind: what the counts per kind are computed over. */
    FindingFilter everyKind() {
        return new FindingFilter(EnumSet.allOf(FindingKind.class), document, level, year);
    }

    /** True when the finding passes every filter. */
    boolean accepts(Finding f) {
        return kinds.contains(f.kind())
                && (document == null || f.concerns(document))
                && (level == null || level == f.level())
                && (year == null || year.equals(f.year()));
    }

    FindingRule.Scope scope() {
        return new FindingRule.Scope(document, level, year);
    }
}
