package org.planlineage.graphql;

import graphql.GraphQLContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;

/**
 * One request's DataLoaders, each made the first time a data fetcher asks for it by name ({@link
 * OnDemandBatchLoaders}). graphql-java reads a registry only by name and dispatches what it holds, so a loader never
 * asked for has nothing to dispatch and is never made.
 */
final class RequestDataLoaders extends DataLoaderRegistry {

    private volatile OnDemandBatchLoaders loaders;
    private volatile GraphQLContext context;

    /** Spring for GraphQL applies the registrations to this request's registry: they are kept for later. */
    void offer(OnDemandBatchLoaders loaders, GraphQLContext context) {
        this.context = context;
        this.loaders = loaders;
    }

    @Override
    public <K, V> DataLoader<K, V> getDataLoader(String key) {
        DataLoader<K, V> loader = super.getDataLoader(key);
        OnDemandBatchLoaders source = loaders;
        if (loader != null || source == null || !source.has(key)) {
            // Spring's DataLoader arguments try names that may not exist (the parameter's, then the value type's)
            return loader;
        }
        // made at most once per request, whichever thread asks first
        return computeIfAbsent(key, name -> source.make(name, context));
    }
}
