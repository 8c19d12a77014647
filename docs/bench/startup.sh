#!/usr/bin/env bash
# Start-up to the first answered GraphQL query, with the embedded store: fresh (seed loaded) and existing (seed
# already there). Usage: docs/bench/startup.sh [runs] [jar ...]   (after `mvn -DskipTests package`)
# With several jars, the runs alternate between them, so that their figures come from one run of the machine.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
jars=("$@")
((${#jars[@]})) || jars=("$(ls target/plan-lineage-*.jar | grep -v original | head -1)")
store=$(mktemp -d)
query='{"query":"{ planItem(key: \"3100-qd-ubnd-2023:12\") { targets { raw } } }"}'
measure() {
  local start end pid
  start=$(date +%s%N)
  java -jar "$jar" --server.port=18080 --app.neo4j.embedded.data-dir="$store" >"$store.log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" localhost:18080/graphql | grep -q '"raw":"40%"'; do
    sleep 0.25
  done
  end=$(date +%s%N)
  kill -TERM $pid; local t0=$(date +%s%N); wait $pid || true; local t1=$(date +%s%N)
  printf '%s\t%.1f s to first answer\t%.1f s to exit after SIGTERM\n' "$1" "$(( (end-start)/1000000 ))e-3" "$(( (t1-t0)/1000000 ))e-3"
}
for i in $(seq 1 "$runs"); do
  for jar in "${jars[@]}"; do
    rm -rf "$store"; mkdir -p "$store"
    measure "fresh store    $(basename "$(dirname "$(dirname "$jar")")")"
    measure "existing store $(basename "$(dirname "$(dirname "$jar")")")"
  done
done
rm -rf "$store" "$store.log"
