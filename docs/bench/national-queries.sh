#!/usr/bin/env bash
# Latency of the five national workloads through the API over HTTP, one client, on a store the national load wrote:
#   docs/bench/national-queries.sh target/national-0.01 [runs] [port]
# Starts the service on the store (test classpath, as docs/bench/national-load.sh), sends each query once to warm
# up, then RUNS times (default 30) with curl, and prints the median, p95 and max time and the answer's size.
# A stop-gap until the shared benchmark runner (perf's org.planlineage.bench.Bench, `mvn -Pbench`, which measures
# raw Cypher beside the API at 1, 8 and 32 clients) is on main: it takes the same store and starting points with
#   --store <dir> --up kh-cds-2023-x00001:1 --down 749-qd-ttg-2020 --indicator cds-tthc-toan-trinh-dat-dai
#   --search "ho so thu tuc hanh chinh dat dai truc tuyen" --items kh-cds-2023-t01
set -euo pipefail
cd "$(dirname "$0")/../.."
store=${1:?store directory written by docs/bench/national-load.sh}
runs=${2:-30}
port=${3:-8091}
[ -f target/national.classpath ] || mvn -B -q ${MVN_OFFLINE:--o} test-compile dependency:build-classpath \
  -Dfrontend.skip -Dmdep.outputFile=target/national.classpath -Dmdep.includeScope=test
java ${NATIONAL_JVM:--Xmx2g} \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "target/classes:$(cat target/national.classpath)" org.planlineage.PlanLineageApplication \
  --server.port="$port" --app.neo4j.embedded.data-dir="$(realpath "$store")" >"$store.serve.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null' EXIT
until curl -sf "localhost:$port/actuator/health" >/dev/null; do sleep 0.5; done

declare -A queries=(
  [1_lineage_up_commune_row]='{ lineage(from: \"PlanItem:kh-cds-2023-x00001:1\", direction: UP) { truncated nodes { degree node { id } } edges { from to relation } paths { steps { node { id } } } } }'
  [2_compare_province_districts_communes]='{ compare(indicator: \"cds-tthc-toan-trinh-dat-dai\", years: [2023]) { entries { level year target { raw } } pairs { year verdict } } }'
  [3_lineage_down_national_document]='{ lineage(from: \"749-qd-ttg-2020\", direction: DOWN) { truncated nodes { degree node { id } } edges { from to relation } } }'
  [4_search]='{ search(text: \"ho so thu tuc hanh chinh dat dai truc tuyen\", first: 20) { score node { id } } }'
  [5_100_plan_items]='{ document(key: \"kh-cds-2023-t01\") { items(first: 100) { nodes { key targets { raw } lead { name } cooperating { name } legalBasis { key } indicator { key } } } } }'
)
printf '%-40s %8s %8s %8s %10s %s\n' workload p50_ms p95_ms max_ms bytes note
for name in $(echo "${!queries[@]}" | tr ' ' '\n' | sort); do
  body="{\"query\":\"${queries[$name]}\"}"
  answer=$(curl -s -H 'Content-Type: application/json' -d "$body" "localhost:$port/graphql")
  note=$(echo "$answer" | grep -o '"truncated":[a-z]*' | head -1 || true)
  echo "$answer" | grep -q '"errors"' && note="$note ERRORS: $(echo "$answer" | cut -c1-200)"
  times=$(for i in $(seq 1 "$runs"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' -d "$body" "localhost:$port/graphql"
  done | sort -n)
  pick() { echo "$times" | awk -v q="$1" '{a[NR]=$1} END {i=int(NR*q+0.999); if (i<1) i=1; printf "%.1f", a[i]*1000}'; }
  printf '%-40s %8s %8s %8s %10s %s\n' "$name" "$(pick 0.5)" "$(pick 0.95)" "$(pick 1)" "${#answer}" "$note"
done
echo "service RSS after the runs: $(ps -o rss= -p $pid) kB; store on disk: $(du -sh "$store" | cut -f1)"
