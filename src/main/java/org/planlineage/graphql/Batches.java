package org.planlineage.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The two shapes every {@code @BatchMapping} here returns: a value per parent, or an optional one by key. */
public final class Batches {

    private Batches() {}

    /** A value for every parent of the batch, in batch order. */
    public static <P, V> Map<P, V> map(List<P> batch, Function<P, V> value) {
        var result = new LinkedHashMap<P, V>();
        batch.forEach(p -> result.put(p, value.apply(p)));
        return result;
    }

    /**
     * For parents that name another entity by key (an issuer, a parent unit), that entity, loaded once for the whole
     * batch; parents whose key is null are left out, which GraphQL answers as null.
     */
    public static <P, V> Map<P, V> byKey(List<P> batch, Function<P, String> key,
            Function<List<String>, Map<String, V>> load) {
        Map<String, V> loaded = load.apply(batch.stream().map(key).filter(Objects::nonNull).distinct().toList());
        var result = new LinkedHashMap<P, V>();
        batch.forEach(p -> {
            String k = key.apply(p);
            if (k != null && loaded.get(k) != null) {
                result.put(p, loaded.get(k));
            }
        });
        return result;
    }
}
