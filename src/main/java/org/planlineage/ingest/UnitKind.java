package org.planlineage.ingest;

/** The kind of a commune-level unit, as a reorganisation names it. */
public enum UnitKind {
    /** "xã": a rural commune. */
    COMMUNE("xã"),
    /** "phường": an urban ward. */
    WARD("phường"),
    /** "thị trấn": a township (abolished as a kind in 2025; only ever a predecessor). */
    TOWNSHIP("thị trấn");

    private final String words;

    UnitKind(String words) {
        this.words = words;
    }

    /** The Vietnamese word, lower case ("xã"). */
    public String words() {
        return words;
    }

    /** The kind a word names ("xã", "phường", "thị trấn", any case, spaces as written), or null. */
    static UnitKind of(String word) {
        String w = word.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
        for (UnitKind k : values()) {
            if (k.words.equals(w)) {
                return k;
            }
        }
        return null;
    }
}
