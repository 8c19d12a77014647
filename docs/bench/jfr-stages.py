#!/usr/bin/env python3
"""Breaks a flight recording of the service down by stage of the request path (docs/benchmarks.md, issue 12).

    python3 docs/bench/jfr-stages.py target/jfr/before-floor.jfr target/jfr/before-compare.jfr ...

Where jfr-layers.py gives each CPU sample to the library of its innermost frame (self time), this gives it to the
innermost *stage* of the request on its stack (inclusive of the JDK and library code that stage calls): a HashMap
lookup made while validating counts for validation, a Jackson call made while reading the request body for Jackson.
The inner stages, innermost first (the first found anywhere on the stack wins): the database, the project's mapping of
records, the project's controllers and services, Spring for GraphQL's controller invocation, graphql-java's parser,
its validation, the guardrails' traversals of the document (depth, complexity, cost), Jackson, graphql-java's
execution, Spring for GraphQL's handler and interceptors, Reactor and context propagation. The outer stages wrap one
another (Security's filters, their observation decorator, MVC's HandlerMappingIntrospector), so a sample on none of
the inner stages goes to the outer stage of its innermost frame that is not the JDK's: Spring MVC, Spring Security's
filters, the project's request filter and watch, Micrometer, Spring's other filters, Tomcat. Record with -XX:FlightRecorderOptions:stackdepth=256 (the default keeps 64 frames, too few to see
the outer stages of a request). Only the API's request threads
(http-nio-*) are broken down; the samples of other threads are counted per thread kind.
"""
import collections
import sys

sys.path.insert(0, __file__.rsplit("/", 1)[0])
layers = __import__("jfr-layers")

STAGES = [
    ("database (Neo4j)", ("org.neo4j.",)),
    ("project: mapping of records", ("org.planlineage.graph.",)),
    ("project: controllers and services", ("org.planlineage.agency.", "org.planlineage.document.",
                                           "org.planlineage.indicator.", "org.planlineage.lineage.",
                                           "org.planlineage.search.", "org.planlineage.relation.",
                                           "org.planlineage.finding.", "org.planlineage.source.")),
    ("Spring for GraphQL: controller invocation", ("org.springframework.graphql.data.",)),
    ("graphql-java: parse", ("graphql.parser.",)),
    ("graphql-java: validation", ("graphql.validation.",)),
    ("guardrail traversals (depth, complexity, cost)", ("graphql.analysis.", "org.planlineage.limits.QueryCost",
                                                        "org.planlineage.limits.ListSizes")),
    ("Jackson (request and answer)", ("com.fasterxml.jackson.",)),
    ("graphql-java: execution and the rest", ("graphql.", "org.dataloader.")),
    ("Spring for GraphQL: handler, interceptors", ("org.springframework.graphql.",)),
    ("Reactor, context propagation", ("reactor.", "io.micrometer.context.")),
    ("Spring MVC (dispatch, handler mapping, converters, events)", ("org.springframework.web.servlet.",
                                                                   "org.springframework.web.method.",
                                                                   "org.springframework.http.",
                                                                   "org.springframework.context.")),
    ("Spring Security filters", ("org.springframework.security.",)),
    ("project: request filter, watch", ("org.planlineage.",)),
    ("Micrometer (observations of HTTP requests and security filters)", ("io.micrometer.",)),
    ("Spring: other web filters", ("org.springframework.",)),
    ("Tomcat (HTTP, sockets)", ("org.apache.",)),
]


# the outer stages wrap one another (Spring Security's filters wrap the dispatcher, its observation decorator and
# Spring MVC's HandlerMappingIntrospector wrap every filter): a sample goes to one of them by its innermost frame that
# is not the JDK's (self), not by what is anywhere on the stack
OUTER = STAGES[STAGES.index(next(s for s in STAGES if s[0].startswith("Spring MVC"))):]
INNER = STAGES[:len(STAGES) - len(OUTER)]


def stage_of(frames):
    for stage, prefixes in INNER:
        if any(f.startswith(prefixes) for f in frames):
            return stage
    for frame in frames:
        if frame.startswith(layers.JDK):
            continue
        for stage, prefixes in OUTER:
            if frame.startswith(prefixes):
                return stage
        return "other"
    return "JDK only"


def count(path):
    threads = collections.Counter()
    stages = collections.Counter()
    for thread, frames in layers.samples(path):
        kind = "API (http-nio)" if thread.startswith("http-nio") else (
            "Bolt (raw side)" if "bolt" in thread.lower() else "other: " + thread.rstrip("0123456789-"))
        threads[kind] += 1
        if kind == "API (http-nio)":
            stages[stage_of(frames)] += 1
    return threads, stages


def main(paths):
    counts = [count(p) for p in paths]
    names = [p.rsplit("/", 1)[-1].removesuffix(".jfr") for p in paths]
    print("| stage (share of the API threads' samples) | " + " | ".join(names) + " |")
    print("|---" * (len(paths) + 1) + "|")
    print("| samples on API threads / Bolt threads (raw side) / other threads | " + " | ".join(
        f"{t['API (http-nio)']} / {t['Bolt (raw side)']} / "
        f"{sum(t.values()) - t['API (http-nio)'] - t['Bolt (raw side)']}" for t, _ in counts) + " |")
    for stage, _ in STAGES + [("other", ()), ("JDK only", ())]:
        if any(s[stage] for _, s in counts):
            print(f"| {stage} | " + " | ".join(
                f"{100 * s[stage] / max(t['API (http-nio)'], 1):.0f} %" for t, s in counts) + " |")
    for (t, _), name in zip(counts, names):
        others = [(k, v) for k, v in t.most_common() if k.startswith("other")][:6]
        print(f"\n{name}: other threads " + ", ".join(f"{k[7:]} {v}" for k, v in others), file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
