package org.planlineage.national;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic randomness for the national graph: one stream per thing generated, seeded from the seed number and
 * the thing's path ("plan", "x00012", 2024), so that a unit's plan is the same whatever was generated before it.
 */
final class Rng {

    private final SplittableRandom random;

    private Rng(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** The stream of one thing: a SHA-256 of the seed and the path, its first eight bytes as the seed. */
    static Rng of(long seed, Object... path) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(ByteBuffer.allocate(8).putLong(seed).array());
            for (Object part : path) {
                digest.update((byte) 0x1f);
                digest.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
            }
            return new Rng(ByteBuffer.wrap(digest.digest()).getLong());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return random.nextInt(low, high + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** {@code n} distinct elements in the order of {@code choices} (a partial shuffle decides which). */
    <T> List<T> sample(List<T> choices, int n) {
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < choices.size(); i++) {
            indexes.add(i);
        }
        for (int i = 0; i < n; i++) {
            int j = random.nextInt(i, indexes.size());
            var swap = indexes.get(i);
            indexes.set(i, indexes.get(j));
            indexes.set(j, swap);
        }
        return indexes.subList(0, n).stream().sorted().map(choices::get).toList();
    }
}
