package org.planlineage.editing;

import java.util.List;

/** What an import did ({@code ImportResult}); the document and the cited-only documents are loaded by key. */
public record ImportResult(
        String documentKey,
        List<Change.ChangeCount> counts,
        List<String> citedOnlyKeys,
        List<Warnings.Warning> warnings,
        Change change) {

    public int created() {
        return counts.stream().mapToInt(Change.ChangeCount::created).sum();
    }

    public int updated() {
        return counts.stream().mapToInt(Change.ChangeCount::updated).sum();
    }

    public int unchanged() {
        return counts.stream().mapToInt(Change.ChangeCount::unchanged).sum();
    }

    public int removed() {
        return counts.stream().mapToInt(Change.ChangeCount::removed).sum();
    }
}
