#!/usr/bin/env bash
# Load on the packaged service, loopback only, bounded in count and time: the mix of docs/bench/LoadClient.java at 8
# and at 32 clients, each round SECONDS long and at most MAX requests. Reports p50/p99/errors per round and the JVM's
# heap (largest "used" seen by `jcmd GC.heap_info` every second, and the committed heap at the end).
# Usage: docs/bench/load.sh [seconds] [max-requests] [jvm-options]   (after `mvn -DskipTests package`)
# The default JVM options are the README's (-Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-30}
max=${2:-20000}
jvm=${3:--Xmx1g}
port=18086
jar=$(ls target/plan-lineage-*.jar | grep -v original | head -1)
store=$(mktemp -d)
# shellcheck disable=SC2086
java $jvm -jar "$jar" --server.port=$port --app.neo4j.embedded.data-dir="$store" >"$store.log" 2>&1 &
pid=$!
trap 'rc=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$store" "$store.log"; exit $rc' EXIT  # the service's own exit (143) is not the script's
until curl -sf localhost:$port/actuator/health >/dev/null; do sleep 0.5; done
heap_used() { jcmd $pid GC.heap_info 2>/dev/null | grep -o "used [0-9]*K" | head -1 | tr -dc 0-9; echo; }
for clients in 8 32; do
  java docs/bench/LoadClient.java http://localhost:$port/graphql 2 5 50 >/dev/null   # warm-up
  peak=0
  ( while kill -0 $pid 2>/dev/null; do heap_used; sleep 1; done ) >"$store.heap" &
  sampler=$!
  java docs/bench/LoadClient.java http://localhost:$port/graphql "$clients" "$seconds" "$max"
  kill $sampler; wait $sampler 2>/dev/null || true
  peak=$(sort -n "$store.heap" | tail -1)
  committed=$(jcmd $pid GC.heap_info | grep -o 'total [0-9]*K' | head -1 | tr -dc 0-9)
  printf '  heap: peak used %d MiB, committed %d MiB (JVM options: %s)\n' $((peak / 1024)) $((committed / 1024)) "$jvm"
done
rm -f "$store.heap"
