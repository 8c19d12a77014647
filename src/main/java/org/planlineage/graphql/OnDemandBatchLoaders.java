package org.planlineage.graphql;

import graphql.GraphQLContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.DefaultBatchLoaderRegistry;

/**
 * The batch loaders of every {@code @BatchMapping} and controller, given to a request one at a time, when a data
 * fetcher first asks for one by name ({@link RequestDataLoaders}), instead of a DataLoader made and registered per
 * request for each of them (about forty, of which a request uses a few, most none). Each registration is kept in a
 * {@link DefaultBatchLoaderRegistry} of its own, so the loaders themselves (Reactor, context propagation, options)
 * are Spring for GraphQL's; only when they are made changes. A registry that is not a request's
 * {@link RequestDataLoaders} (a test's, another transport's) gets them all at once, as Spring's own would.
 */
public final class OnDemandBatchLoaders implements BatchLoaderRegistry {

    private final List<DefaultBatchLoaderRegistry> registrations = new ArrayList<>();

    /** Each registration by the name of its DataLoader, read once the registrations are all made. */
    private volatile Map<String, DefaultBatchLoaderRegistry> byName = Map.of();

    @Override
    public <K, V> RegistrationSpec<K, V> forTypePair(Class<K> keyType, Class<V> valueType) {
        return registration().forTypePair(keyType, valueType);
    }

    @Override
    public <K, V> RegistrationSpec<K, V> forName(String name) {
        return registration().forName(name);
    }

    private synchronized DefaultBatchLoaderRegistry registration() {
        var one = new DefaultBatchLoaderRegistry();
        registrations.add(one);
        return one;
    }

    @Override
    public boolean hasRegistrations() {
        return !byName().isEmpty();
    }

    @Override
    public void registerDataLoaders(DataLoaderRegistry registry, GraphQLContext context) {
        if (registry instanceof RequestDataLoaders request) {
            request.offer(this, context);
        } else {
            byName().values().forEach(one -> one.registerDataLoaders(registry, context));
        }
    }

    /** Whether a registration makes DataLoaders named {@code name}. */
    boolean has(String name) {
        return byName().containsKey(name);
    }

    /** A new DataLoader of the registration named {@code name} (one that {@link #has}) for one request. */
    DataLoader<?, ?> make(String name, GraphQLContext context) {
        var one = byName().get(name);
        var made = new DataLoaderRegistry();
        one.registerDataLoaders(made, context);
        return made.getDataLoader(name);
    }

    private Map<String, DefaultBatchLoaderRegistry> byName() {
        var known = byName;
        if (known.size() == registrations.size()) {
            return known;
        }
        synchronized (this) {
            var names = new LinkedHashMap<String, DefaultBatchLoaderRegistry>();
            for (var one : registrations) {
                // the name Spring gives it (the value type's, or the one given): learnt from one DataLoader made
                var probe = new DataLoaderRegistry();
                one.registerDataLoaders(probe, GraphQLContext.getDefault());
                for (String name : probe.getKeys()) {
                    if (names.put(name, one) != null) {
                        throw new IllegalStateException("More than one DataLoader named '" + name + "'");
                    }
                }
            }
            byName = Map.copyOf(names);
            return byName;
        }
    }
}
