#!/usr/bin/env bash
# Latency of representative queries against the packaged service on the embedded store, as medians of N runs
# after a warm-up, and as ratios to the cheapest query of the same run (the machine is noisy; ratios hold).
# Usage: docs/bench/queries.sh [runs]   (after `mvn -DskipTests package`)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
jar=$(ls target/plan-lineage-*.jar | grep -v original | head -1)
store=$(mktemp -d)
java -jar "$jar" --server.port=18081 --app.neo4j.embedded.data-dir="$store" >"$store.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$store" "$store.log"' EXIT
until curl -sf localhost:18081/actuator/health >/dev/null; do sleep 0.5; done

declare -A queries=(
  [a_planItem]='{ planItem(key: \"3100-qd-ubnd-2023:12\") { text targets { raw } } }'
  [b_page100]='{ document(key: \"206-qd-ubnd-2024\") { items(first: 100) { nodes { key targets { raw } lead { name } cooperating { name } responsibleUnits { agency { key } via { key } } legalBasis { key } indicator { key } } } } }'
  [c_lineageUp]='{ lineage(from: \"3100-qd-ubnd-2023:12\", direction: UP) { nodes { degree node { id } } edges { from to relation } paths { steps { node { id } } } } }'
  [d_lineageDown742]='{ lineage(from: \"742-qd-ubnd-2023\", direction: DOWN) { nodes { degree node { id } } edges { from to relation } } }'
  [e_lineageDown742Paths]='{ lineage(from: \"742-qd-ubnd-2023\", direction: DOWN) { nodes { degree node { id } } paths { steps { relation node { id } } } } }'
  [f_compare]='{ compare(indicator: \"ty-le-cbccvc-pho-cap-ky-nang-so-co-ban\") { pairs { year verdict } } }'
  [g_search]='{ search(text: \"ty le ho so cong viec tai phuong\", first: 20) { score node { id } snippet } }'
)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
for name in $(echo "${!queries[@]}" | tr ' ' '\n' | sort); do
  body="{\"query\":\"${queries[$name]}\"}"
  curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" localhost:18081/graphql  # warm-up
  med[$name]=$(for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" localhost:18081/graphql
  done | median)
done
base=${med[a_planItem]}
printf '%-24s %10s %8s\n' query "median ms" "x planItem"
for name in $(echo "${!med[@]}" | tr ' ' '\n' | sort); do
  awk -v n="$name" -v t="${med[$name]}" -v b="$base" 'BEGIN { printf "%-24s %10.1f %8.1f\n", n, t*1000, t/b }'
done
