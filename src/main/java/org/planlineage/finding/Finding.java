package org.planlineage.finding;

import java.util.List;
import org.planlineage.agency.AdminLevel;
import org.planlineage.document.Provenance;

/**
 * One finding, as a rule computes it: what it is, how urgent, the sentence that explains it, and the keys of what it
 * concerns. {@code documentKey} is its subject (the document it is about, first of {@code documentKeys}); {@code
 * level} is that document's. {@code provenance} holds the facts read from relationships (a citation, a succession);
 * the rows' and documents' own provenance is added when the finding is served ({@link FindingDetails}).
 *
 * @param position the subject row's position in its table, for the order; 0 when the finding is about no row
 */
public record Finding(
        String id,
        FindingKind kind,
        Severity severity,
        String explanation,
        Integer year,
        String documentKey,
        AdminLevel level,
        List<String> documentKeys,
        List<String> itemKeys,
        List<String> agencyKeys,
        String indicatorKey,
        boolean strictnessOnly,
        List<Provenance> provenance,
        int position) {

    /** The stable order of findings: kind, subject document, row, year, id; also what a cursor encodes. */
    String sortKey() {
        return "%02d|%s|%08d|%04d|%s".formatted(kind.ordinal(), documentKey, position, year == null ? 0 : year, id);
    }

    /** True when the finding concerns the document with this key. */
    boolean concerns(String document) {
        return documentKeys.contains(document);
    }
}
