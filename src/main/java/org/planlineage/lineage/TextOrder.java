package org.planlineage.lineage;

/**
 * Compares two texts made of pieces as {@link String#compareTo} compares the texts joined, without joining them: an
 * order kept exactly as it was defined on the joined text, for the cost of comparing pieces. Equal leading pieces are
 * passed over whole, and two pieces that differ within the shorter one's length decide at once; only when one piece is
 * the beginning of the other is the text read character by character on, across the pieces that follow.
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
        for (int p = 0; p < count; p++) {
            String sa = pieces.piece(a, p);
            String sb = pieces.piece(b, p);
            if (sa.length() != sb.length()) {
                int shorter = Math.min(sa.length(), sb.length());
                for (int i = 0; i < shorter; i++) {
                    int difference = sa.charAt(i) - sb.charAt(i);
                    if (difference != 0) {
                        return difference; // the first differing character is within these pieces
                    }
                }
                return characters(a, b, pieces, count, p, sa, sb, shorter);
            }
            int difference = sa.compareTo(sb);
            if (difference != 0) {
                // same length: the first differing character is within these pieces
                return difference;
            }
        }
        return 0;
    }

    /**
     * The rest of the comparison character by character, from character {@code from} of piece {@code p} of both (both
     * texts agree before).
     */
    private static <T> int characters(T a, T b, Pieces<T> pieces, int count, int p, String sa, String sb, int from) {
        int pa = p;
        int pb = p;
        int ia = from;
        int ib = from;
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
