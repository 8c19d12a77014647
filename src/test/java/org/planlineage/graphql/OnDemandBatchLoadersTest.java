package org.planlineage.graphql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.GraphQLContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A request's DataLoaders are made only when a data fetcher first asks for one ({@link OnDemandBatchLoaders},
 * {@link RequestDataLoaders}), and load as Spring for GraphQL's own would: batched, with the request's context; a
 * registry that is not a request's gets them all at once. Plain Java: no Spring context, no database.
 */
class OnDemandBatchLoadersTest {

    private final OnDemandBatchLoaders loaders = new OnDemandBatchLoaders();
    private final GraphQLContext context = GraphQLContext.of(Map.of("who", "carol"));
    private final AtomicInteger upperBatches = new AtomicInteger();

    OnDemandBatchLoadersTest() {
        // as a @BatchMapping registers: by value type; and by a name given
        loaders.<String, Integer>forTypePair(String.class, Integer.class)
                .registerBatchLoader((keys, env) -> Flux.fromIterable(keys).map(String::length));
        loaders.<String, String>forName("upper")
                .registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(upperBatches::incrementAndGet)
                        .map(batch -> keys.stream()
                                .collect(Collectors.toMap(
                                        k -> k, k -> k.toUpperCase() + " for " + whoOf(env.getContext())))));
    }

    private static String whoOf(Object context) {
        return ((GraphQLContext) context).get("who");
    }

    @Test
    void aRequestGetsOnlyTheLoadersItAsksFor() {
        var request = new RequestDataLoaders();
        loaders.registerDataLoaders(request, context);
        assertThat(request.getKeys()).isEmpty();

        DataLoader<String, String> upper = request.getDataLoader("upper");
        CompletableFuture<String> a = upper.load("a");
        CompletableFuture<String> b = upper.load("b");
        assertThat(request.getKeys()).containsExactly("upper");
        assertThat(request.getDataLoader("upper")).isSameAs(upper);

        request.dispatchAll();
        assertThat(a.join()).isEqualTo("A for carol");
        assertThat(b.join()).isEqualTo("B for carol");
        assertThat(upperBatches).hasValue(1);
    }

    @Test
    void aNameNoRegistrationHasIsAbsent() {
        var request = new RequestDataLoaders();
        loaders.registerDataLoaders(request, context);
        assertThat(request.<String, Object>getDataLoader("lengths")).isNull();
        assertThat(request.getKeys()).isEmpty();

        DataLoader<String, Integer> lengths = request.getDataLoader(Integer.class.getName());
        var length = lengths.load("hồ sơ");
        request.dispatchAll();
        assertThat(length.join()).isEqualTo(5);
        assertThat(request.getKeys()).containsExactly("java.lang.Integer");
    }

    @Test
    void eachRequestHasLoadersOfItsOwn() {
        var first = new RequestDataLoaders();
        var second = new RequestDataLoaders();
        loaders.registerDataLoaders(first, context);
        loaders.registerDataLoaders(second, GraphQLContext.of(Map.of("who", "alice")));
        DataLoader<String, String> one = first.getDataLoader("upper");
        DataLoader<String, String> other = second.getDataLoader("upper");
        assertThat(one).isNotSameAs(other);
        var x = other.load("x");
        second.dispatchAll();
        assertThat(x.join()).isEqualTo("X for alice");
    }

    @Test
    void anyOtherRegistryGetsThemAllAtOnce() {
        var plain = new DataLoaderRegistry();
        loaders.registerDataLoaders(plain, context);
        assertThat(plain.getKeys()).containsExactlyInAnyOrder("java.lang.Integer", "upper");
        assertThat(loaders.hasRegistrations()).isTrue();
        assertThat(new OnDemandBatchLoaders().hasRegistrations()).isFalse();
    }

    @Test
    void twoRegistrationsOfOneNameAreRefused() {
        loaders.<String, String>forName("upper").registerBatchLoader((keys, env) -> Flux.fromIterable(keys));
        // Spring for GraphQL asks first whether there are any, before the first request
        assertThatThrownBy(loaders::hasRegistrations)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("More than one DataLoader named 'upper'");
    }
}
