package org.planlineage.editing;

import java.time.LocalDate;
import java.util.regex.Pattern;
import org.planlineage.text.Folding;

/**
 * The key rules of {@code graph-seed/README.md}, for documents and rows that arrive through the API: a document's
 * key is its number slugged plus the year of issue ({@code 742/QĐ-UBND} of 2023 → {@code 742-qd-ubnd-2023}), the
 * year left out when the number already holds it ({@code 47/2020/NĐ-CP} → {@code 47-2020-nd-cp}).
 */
final class DocumentKeys {

    /** Lower-case ASCII letters and digits in runs joined by single dashes or dots, as the seed's keys are. */
    static final Pattern KEY = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

    private static final Pattern SEPARATORS = Pattern.compile("[\\s/.–\\-]+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9-]");
    /** A year after the first part of the number ("67/2006/QH11"); "2000/QĐ-UBND" is a number, not a year. */
    private static final Pattern YEAR = Pattern.compile("-((?:19|20)\\d\\d)(?:-|$)");

    private DocumentKeys() {}

    static boolean isKey(String s) {
        return s != null && KEY.matcher(s).matches();
    }

    /** The key made from a number and a date of issue; null when there is no number or no year to add. */
    static String fromNumber(String number, LocalDate issuedOn) {
        if (number == null || number.isBlank()) {
            return null;
        }
        String slug = SEPARATORS.matcher(Folding.fold(number)).replaceAll("-");
        slug = NOT_KEY.matcher(slug).replaceAll("").replaceAll("-+", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty()) {
            return null;
        }
        if (YEAR.matcher(slug).find()) {
            return slug;
        }
        return issuedOn == null ? null : slug + "-" + issuedOn.getYear();
    }
}
