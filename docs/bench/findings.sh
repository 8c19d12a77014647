#!/usr/bin/env bash
# Latency of findings, relation and the CSV exports on the seed, as medians of N runs after a warm-up, and as ratios
# to planItem (the cheapest query of docs/bench/queries.sh) measured in the same run.
# Usage: docs/bench/findings.sh [runs] [base-url]
#   without base-url: starts the packaged service on a fresh embedded store (after `mvn -DskipTests package`);
#   with one (e.g. http://localhost:8089): measures that running service.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-20}
base=${2:-}
if [[ -z "$base" ]]; then
  jar=$(ls target/plan-lineage-*.jar | grep -v original | head -1)
  store=$(mktemp -d)
  java -jar "$jar" --server.port=18082 --app.neo4j.embedded.data-dir="$store" >"$store.log" 2>&1 &
  pid=$!
  trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$store" "$store.log"' EXIT
  base=http://localhost:18082
  until curl -sf "$base/actuator/health" >/dev/null; do sleep 0.5; done
fi

declare -A queries=(
  [a_planItem]='{ planItem(key: \"3100-qd-ubnd-2023:12\") { text targets { raw } } }'
  [b_findingsOneKind]='{ findings(kinds: [WEAKER_THAN_UPPER], year: 2024, first: 100) { totalCount nodes { id explanation } } }'
  [c_findingsCounts]='{ findings(first: 1) { totalCount counts { kind count } } }'
  [d_findingsPage100]='{ findings(first: 100) { totalCount counts { kind count } nodes { id kind severity explanation year level document { key } documents { key } items { key } agencies { key } indicator { key } provenance { locator lines } } } }'
  [e_findingsDocument]='{ findings(document: \"3100/QĐ-UBND\", first: 100) { totalCount counts { kind count } nodes { id explanation } } }'
  [f_relation3100to57]='{ relation(between: \"3100-qd-ubnd-2023\", and: \"57-nq-tw-2024\") { length chains { summary steps { links { statement provenance { locator } } } } } }'
  [g_relationNone]='{ relation(between: \"3100-qd-ubnd-2023\", and: \"57-nq-tw-2024\", maxDepth: 2) { length summary } }'
)
declare -A exports=(
  [h_exportFindings]='/export/findings.csv'
  [i_exportCompare]='/export/compare.csv?indicator=ty-le-ho-so-cong-viec-xu-ly-tren-mang-cap-xa&rows=pairs'
)
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
declare -A med
for name in $(echo "${!queries[@]}" | tr ' ' '\n' | sort); do
  body="{\"query\":\"${queries[$name]}\"}"
  curl -s -o /dev/null -H 'Content-Type: application/json' -d "$body" "$base/graphql" # warm-up
  med[$name]=$(for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "$base/graphql"
  done | median)
done
for name in "${!exports[@]}"; do
  curl -s -o /dev/null "$base${exports[$name]}" # warm-up
  med[$name]=$(for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' "$base${exports[$name]}"
  done | median)
done
one=${med[a_planItem]}
printf '%-22s %10s %8s\n' query "median ms" "x planItem"
for name in $(echo "${!med[@]}" | tr ' ' '\n' | sort); do
  awk -v n="$name" -v t="${med[$name]}" -v b="$one" 'BEGIN { printf "%-22s %10.1f %8.1f\n", n, t*1000, t/b }'
done
