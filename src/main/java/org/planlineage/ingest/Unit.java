package org.planlineage.ingest;

/**
 * A commune-level unit as a clause names it: "xã An Phước (huyện Mang Thít)", "Phường 1", "phường Trường An".
 *
 * @param kind           xã, phường or thị trấn; null when the text gives none the reader could take (a warning says so)
 * @param name           the proper name as written: "An Phước", "Trường An"; a numbered ward keeps its word, "Phường 1"
 * @param locality       the district or city the text places it in, from the parentheses ("huyện Mang Thít",
 *                       "thành phố Vĩnh Long"), or null when the text does not say
 * @param localityShared true when the parentheses stand after a later unit of the same run and are read for this one
 *                       too: "Phường 1 và Phường 9 (thành phố Vĩnh Long)" — a numbered ward is nothing without its city
 * @param words          the words that name it, as written
 * @param lines          where they are
 */
public record Unit(UnitKind kind, String name, String locality, boolean localityShared, String words, LineRange lines) {

    /** Kind and name as one would write them: "xã An Phước", "phường Trường An", "Phường 1". */
    public String fullName() {
        if (kind == null || name.toLowerCase(java.util.Locale.ROOT).startsWith(kind.words())) {
            return name;
        }
        return kind.words() + " " + name;
    }
}
