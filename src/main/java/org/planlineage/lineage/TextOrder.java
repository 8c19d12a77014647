package org.planlineage.lineage;

/**
 * Compares two texts made of pieces as {@link String#compareTo} compares the texts joined, without joining them: an
 * order kept exactly as it was defined on the joined text, for the cost of reading characters.
 */
final class TextOrder {

    /** The {@code i}-th piece of the text of {@code t}. */
    @FunctionalInterface
    interface Pieces<T> {
        String piece(T t, int i);
    }

    private TextOrder() {}

    /** {@code join(a).compareTo(join(b))}, where {@code join} concatenates the {@code count} pieces of each. */
    static <T> int compare(T a, T b, Pieces<T> pieces, int count) {
        int pa = 0;
        int pb = 0;
        String sa = pieces.piece(a, 0);
        String sb = pieces.piece(b, 0);
        int ia = 0;
        int ib = 0;
        while (true) {
            while (ia == sa.length() && ++pa < count) {
                sa = pieces.piece(a, pa);
                ia = 0;
            }
            while (ib == sb.length() && ++pb < count) {
                sb = pieces.piece(b, pb);
                ib = 0;
            }
            boolean endA = pa == count;
            boolean endB = pb == count;
            if (endA || endB) {
                return endA == endB ? 0 : endA ? -1 : 1;
            }
            int difference = sa.charAt(ia++) - sb.charAt(ib++);
            if (difference != 0) {
                return difference;
            }
        }
    }
}
