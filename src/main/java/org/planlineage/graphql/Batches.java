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
     * Loads pages for a batch of (parent, arguments) keys with one query per distinct set of arguments: parents asked
     * for with the same filter and page share a statement.
     *
     * @param keys      the batch
     * @param argsOf    the arguments of a key, without its parent (a record, so equal arguments group)
     * @param parentOf  the parent's key
     * @param load      one query: the parents' keys and the arguments to each parent's page
     */
    public static <K, A, V> Map<K, V> grouped(
            java.util.Set<K> keys,
            Function<K, A> argsOf,
            Function<K, String> parentOf,
            java.util.function.BiFunction<List<String>, A, Map<String, V>> load) {
        var result = new LinkedHashMap<K, V>();
        keys.stream().collect(java.util.stream.Collectors.groupingBy(argsOf)).forEach((args, group) -> {
            Map<String, V> byParent =
                    load.apply(group.stream().map(parentOf).distinct().toList(), args);
            group.forEach(k -> result.put(k, byParent.get(parentOf.apply(k))));
        });
        return result;
    }

    /**
     * For parents that name another entity by key (an issuer, a parent unit), that entity, loaded once for the whole
     * batch; parents whose key is null are left out, which GraphQL answers as null.
     */
    public static <P, V> Map<P, V> byKey(
            List<P> batch, Function<P, String> key, Function<List<String>, Map<String, V>> load) {
        List<String> keys =
                batch.stream().map(key).filter(Objects::nonNull).distinct().toList();
        // no statement for no keys
        Map<String, V> loaded = keys.isEmpty() ? Map.of() : load.apply(keys);
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
