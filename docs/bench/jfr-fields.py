#!/usr/bin/env python3
"""Breaks a flight recording of the service down by what runs for each field of an answer (docs/benchmarks.md,
"The cost of each field", issue 12).

    python3 docs/bench/jfr-fields.py target/jfr/before-lineage-down.jfr target/jfr/after-lineage-down.jfr ...

Reads the CPU samples of the API's request threads (`http-nio-*`; `jfr print --json`, as docs/bench/jfr-layers.py
does) and gives each sample to one mechanism: the mechanism of its innermost frame that is neither the JDK's nor
graphql-java's shaded Guava (an ImmutableList built by the instrumentation chain counts for the chain). graphql-java's
execution is split into what runs per field (the instrumentation chain and its contexts, the bounds' instrumentation,
the depth and complexity traversals, property reads, DataLoader dispatch, and the execution strategy's own work:
fetching, completing, building the result) so that each can be weighed. The "on the stack" rows are inclusive.
Prints one table, a column per recording.
"""
import collections
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
from importlib import import_module

layers = import_module("jfr-layers")

SKIP = ("java.", "jdk.", "sun.", "javax.", "com.sun.", "graphql.com.google.", "graphql.org.")

# first match wins: (mechanism, frame prefixes); a frame is "package.Class.method"
MECHANISMS = [
    ("database (Neo4j)", ("org.neo4j.", "scala.", "org.eclipse.collections.")),
    ("instrumentation chain (ChainedInstrumentation and its contexts)", (
        "graphql.execution.instrumentation.ChainedInstrumentation",
        "graphql.execution.instrumentation.SimpleInstrumentationContext",
        "graphql.execution.instrumentation.FieldFetchingInstrumentationContext",
        "graphql.execution.instrumentation.ExecuteObjectInstrumentationContext",
        "graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext",
        "graphql.execution.instrumentation.SimplePerformantInstrumentation",
        "graphql.execution.instrumentation.Instrumentation")),
    ("the bounds' instrumentation (ExecutionBounds: fields counted, fetchers checked)", (
        "org.planlineage.limits.ExecutionBounds",)),
    ("depth, complexity and cost traversals (once per request)", (
        "graphql.analysis.", "org.planlineage.limits.QueryCost", "org.planlineage.limits.ListSizes")),
    ("Spring's context propagation around fetchers (ContextDataFetcherDecorator)", (
        "org.springframework.graphql.execution.ContextDataFetcherDecorator",
        "org.springframework.graphql.execution.ContextPropagationHelper",
        "org.springframework.graphql.execution.SecurityContextThreadLocalAccessor",
        "io.micrometer.context.")),
    ("@SchemaMapping / @BatchMapping invocation (argument resolution)", (
        "org.springframework.graphql.data.method.", "org.springframework.core.MethodParameter",
        "org.springframework.core.annotation.", "org.springframework.core.DefaultParameterNameDiscoverer",
        "org.springframework.core.ResolvableType")),
    ("property reads (PropertyDataFetcher on records, maps)", (
        "graphql.schema.PropertyDataFetcher", "graphql.schema.PropertyFetchingImpl",
        "graphql.schema.PropertyDataFetcherHelper", "graphql.schema.SingletonPropertyDataFetcher")),
    ("DataLoader dispatch", ("org.dataloader.", "graphql.execution.instrumentation.dataloader.",
                             "graphql.execution.DataLoaderDispatchStrategy")),
    ("JSON writing (Jackson)", ("com.fasterxml.jackson.",)),
    ("graphql-java execution: fetching, completing, the result", ("graphql.",)),
    ("project: rows' fields from the page", ("org.planlineage.indicator.RowPartFetchers",
                                            "org.planlineage.indicator.RowPages")),
    ("project: other", ("org.planlineage.",)),
    ("Spring for GraphQL: handler, interceptors", ("org.springframework.graphql.",)),
    ("Reactor", ("reactor.",)),
    ("Spring, Tomcat, Micrometer, logging: the request path", (
        "org.springframework.", "org.apache.", "io.micrometer.", "ch.qos.logback.", "org.slf4j.")),
]

MARKERS = [
    ("graphql-java execution strategy", ("graphql.execution.ExecutionStrategy", "graphql.execution.Async")),
    ("ChainedInstrumentation", ("graphql.execution.instrumentation.ChainedInstrumentation",)),
    ("ExecutionBounds", ("org.planlineage.limits.ExecutionBounds",)),
    ("ContextDataFetcherDecorator", ("org.springframework.graphql.execution.ContextDataFetcherDecorator",)),
    ("annotated controller method (@SchemaMapping, @BatchMapping)", ("org.springframework.graphql.data.method.",)),
    ("DataLoader", ("org.dataloader.",)),
    ("Jackson writing", ("com.fasterxml.jackson.databind.ser.", "com.fasterxml.jackson.core.json.")),
    ("the database (Neo4j)", ("org.neo4j.",)),
]


def mechanism_of(frames):
    for name in frames:  # innermost first
        if name.startswith(SKIP):
            continue
        for mechanism, prefixes in MECHANISMS:
            if name.startswith(prefixes):
                return mechanism
        return "other: " + ".".join(name.split(".")[:2])
    return "JDK only"


def count(path):
    mechanisms = collections.Counter()
    markers = collections.Counter()
    api = 0
    for thread, frames in layers.samples(path):
        if not thread.startswith("http-nio"):
            continue
        api += 1
        mechanisms[mechanism_of(frames)] += 1
        for marker, prefixes in MARKERS:
            if any(f.startswith(prefixes) for f in frames):
                markers[marker] += 1
    return mechanisms, markers, api


def matrix(paths):
    counts = [count(p) for p in paths]
    names = [p.rsplit("/", 1)[-1].removesuffix(".jfr") for p in paths]
    print("| mechanism (self, share of the API threads' samples) | " + " | ".join(names) + " |")
    print("|---" * (len(paths) + 1) + "|")
    print("| samples on the API threads | " + " | ".join(str(c[2]) for c in counts) + " |")
    order = [m for m, _ in MECHANISMS]
    seen = set().union(*(c[0].keys() for c in counts))
    order += sorted(seen - set(order))
    for m in order:
        if m in seen:
            print(f"| {m} | " + " | ".join(f"{100 * c[0][m] / max(c[2], 1):.0f} %" for c in counts) + " |")
    for marker, _ in MARKERS:
        print(f"| on the stack: {marker} | " + " | ".join(
            f"{100 * c[1][marker] / max(c[2], 1):.0f} %" for c in counts) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    matrix(sys.argv[1:])
