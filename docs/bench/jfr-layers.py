#!/usr/bin/env python3
"""Breaks a flight recording of the service down by layer (docs/benchmarks.md, issue 12).

    python3 docs/bench/jfr-layers.py target/jfr/before-lineage-up.jfr [more.jfr ...]
    python3 docs/bench/jfr-layers.py --matrix target/jfr/before-*.jfr   # one table, a column per recording

Reads the CPU samples (jdk.ExecutionSample, via the JDK's `jfr print --json`) of the threads that serve the API
(Tomcat's `http-nio-*` request threads; the raw Cypher side is served on Neo4j's Bolt threads and is counted apart)
and gives each sample to one layer: the layer of the innermost frame that is not the JDK's own (java.*, jdk.*,
sun.*), so a HashMap lookup made by graphql-java counts for graphql-java. It prints, per recording, the share of each
layer, and the share of samples with a marker frame anywhere on the stack (inclusive: Micrometer's GraphQL
observation, the project's instrumentations, the mapping of records, JSON writing).
"""
import collections
import json
import subprocess
import sys

# first match wins: (layer, package prefixes)
LAYERS = [
    ("Neo4j (Cypher runtime, storage, kernel)", ("org.neo4j.", "scala.", "org.eclipse.collections.", "com.github.benmanes.caffeine.")),
    ("graphql-java (execution, DataLoader)", ("graphql.", "org.dataloader.")),
    ("Micrometer (observations, metrics)", ("io.micrometer.",)),
    ("Reactor / context propagation", ("reactor.", "io.micrometer.context.")),
    ("Spring GraphQL", ("org.springframework.graphql.",)),
    ("Spring (web, security, data, core)", ("org.springframework.",)),
    ("Jackson (JSON)", ("com.fasterxml.jackson.",)),
    ("Tomcat (HTTP)", ("org.apache.catalina.", "org.apache.coyote.", "org.apache.tomcat.")),
    ("project: mapping (graph, decoding)", ("org.planlineage.graph.",)),
    ("project: limits (instrumentations, filter)", ("org.planlineage.limits.", "org.planlineage.graphql.")),
    ("project: other", ("org.planlineage.",)),
    ("logging", ("ch.qos.logback.", "org.slf4j.")),
]
JDK = ("java.", "jdk.", "sun.", "javax.", "com.sun.")
# inclusive markers: share of samples with such a frame anywhere on the stack
MARKERS = [
    ("Micrometer GraphQL observation", ("org.springframework.graphql.observation.", "io.micrometer.observation.")),
    ("project instrumentations (limits; wrap the fetchers)", ("org.planlineage.limits.",)),
    ("Guardrails error mapping", ("org.planlineage.graphql.Guardrails",)),
    ("graphql-java ExecutionStrategy", ("graphql.execution.",)),
    ("annotated controller invocation", ("org.springframework.graphql.data.method.",)),
    ("Neo4j transaction/statement", ("org.neo4j.",)),
    ("GraphReads: the statement and its row mapping", ("org.planlineage.graph.",)),
    ("Jackson writing", ("com.fasterxml.jackson.databind.ser.", "com.fasterxml.jackson.core.json.")),
]


def frame_name(frame):
    m = frame["method"]
    return m["type"]["name"].replace("/", ".") + "." + m["name"]


def layer_of(frames):
    for name in frames:  # innermost first
        if name.startswith(JDK):
            continue
        for layer, prefixes in LAYERS:
            if name.startswith(prefixes):
                return layer
        return "other: " + ".".join(name.split(".")[:2])
    return "JDK only (no library frame)"


def samples(path):
    out = subprocess.run(
        ["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
        check=True, capture_output=True, text=True).stdout
    for event in json.loads(out)["recording"]["events"]:
        v = event["values"]
        thread = (v.get("sampledThread") or {}).get("javaName") or ""
        frames = [frame_name(f) for f in (v.get("stackTrace") or {}).get("frames", [])]
        yield thread, frames


def count(path):
    """Samples per thread kind, per layer (API threads), per marker (API threads), and the API's total."""
    by_thread = collections.Counter()
    layers = collections.Counter()
    markers = collections.Counter()
    api = 0
    for thread, frames in samples(path):
        kind = "API (http-nio)" if thread.startswith("http-nio") else (
            "Bolt (raw side)" if "bolt" in thread.lower() else "other: " + thread.rstrip("0123456789-"))
        by_thread[kind] += 1
        if kind != "API (http-nio)":
            continue
        api += 1
        layers[layer_of(frames)] += 1
        for marker, prefixes in MARKERS:
            if any(f.startswith(prefixes) for f in frames):
                markers[marker] += 1
    return by_thread, layers, markers, api


def report(path):
    by_thread, layers, markers, api = count(path)
    print(f"## {path}")
    print()
    print("| threads | samples |")
    print("|---|---|")
    for kind, n in by_thread.most_common(8):
        print(f"| {kind} | {n} |")
    print()
    print(f"| layer (self, API threads, {api} samples) | share |")
    print("|---|---|")
    for layer, n in layers.most_common():
        print(f"| {layer} | {100 * n / max(api, 1):.1f} % |")
    print()
    print("| on the stack (inclusive) | share |")
    print("|---|---|")
    for marker, _ in MARKERS:
        print(f"| {marker} | {100 * markers[marker] / max(api, 1):.1f} % |")
    print()


def matrix(paths):
    counts = [count(p) for p in paths]
    names = [p.rsplit("/", 1)[-1].removesuffix(".jfr") for p in paths]
    print("| layer (self, share of the API threads' samples) | " + " | ".join(names) + " |")
    print("|---" * (len(paths) + 1) + "|")
    print("| samples on API threads / on Bolt threads (raw side) | " + " | ".join(
        f"{c[3]} / {c[0]['Bolt (raw side)']}" for c in counts) + " |")
    seen = collections.Counter()
    for c in counts:
        seen.update({k: v / max(c[3], 1) for k, v in c[1].items()})
    for layer, _ in seen.most_common():
        print(f"| {layer} | " + " | ".join(f"{100 * c[1][layer] / max(c[3], 1):.0f} %" for c in counts) + " |")
    for marker, _ in MARKERS:
        print(f"| on the stack: {marker} | " + " | ".join(
            f"{100 * c[2][marker] / max(c[3], 1):.0f} %" for c in counts) + " |")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    if sys.argv[1] == "--matrix":
        matrix(sys.argv[2:])
    else:
        for p in sys.argv[1:]:
            report(p)
