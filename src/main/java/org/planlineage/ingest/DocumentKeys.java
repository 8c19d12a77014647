package org.planlineage.ingest;

import java.util.Arrays;
import java.util.regex.Pattern;
import org.planlineage.text.Folding;

/**
 * The natural key the seed gives a numbered document (graph-seed/README.md, "Keys"): the number slugged, then the
 * year of issue unless the number already holds it. "742/QĐ-UBND" of 2023 is {@code 742-qd-ubnd-2023},
 * "67/2006/QH11" is {@code 67-2006-qh11}. Documents without a number get descriptive keys by hand; none here.
 */
public final class DocumentKeys {

    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d{2}");

    private DocumentKeys() {}

    /** The key, or null when there is no number or the year is needed and unknown. */
    public static String of(String number, Integer year) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String slug = NOT_ALNUM.matcher(Folding.fold(number)).replaceAll("-").replaceAll("^-|-$", "");
        boolean holdsYear = Arrays.stream(number.split("[-/]"))
                .anyMatch(p -> YEAR.matcher(p).matches());
        if (holdsYear) {
            return slug;
        }
        return year == null ? null : slug + "-" + year;
    }
}
