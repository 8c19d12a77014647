package org.planlineage.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Remarks on an accepted input ({@code InputWarning}), and the text normalisation that reports what it changed. */
final class Warnings {

    /** One remark with its input path. */
    record Warning(String path, String message) {}

    private final List<Warning> list = new ArrayList<>();

    void add(String path, String message) {
        list.add(new Warning(path, message));
    }

    List<Warning> list() {
        return List.copyOf(list);
    }

    /**
     * The text as stored: NFC with runs of white space collapsed, the seed's rule. When that changes what was sent,
     * a warning says so, so no value is changed silently. Blank text is absent (null).
     */
    String text(String path, String value) {
        if (value == null) {
            return null;
        }
        String stored = org.planlineage.text.Folding.nfc(value);
        if (stored.isEmpty()) {
            return null;
        }
        if (!Objects.equals(stored, value)) {
            boolean composed = java.text.Normalizer.isNormalized(value, java.text.Normalizer.Form.NFC);
            add(
                    path,
                    composed
                            ? "white space trimmed and collapsed to single spaces, as the seed stores text"
                            : "decomposed Unicode composed (NFC) and white space collapsed, as the seed stores text");
        }
        return stored;
    }
}
