#!/usr/bin/env bash
# Start-up to the first answered GraphQL query, with the embedded store: fresh (seed loaded) and existing (seed
# already there), and the process's CPU time and resident memory at that moment.
#
# Usage: docs/bench/startup.sh [runs] [mode ...]        (after `mvn -DskipTests package`)
#   mode: a jar (run as `java -Xmx1g -jar JAR`) or `LABEL=COMMAND`, a whole command line without the service's
#         arguments, e.g. 'cds=java -Xmx1g -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/plan-lineage.jar'
#   STORES="existing" (default "fresh existing") measures only those; COPY_STORE=DIR starts the existing-store runs
#   from a copy of that store instead of making one with a first start; MEMORY=1 also reports, 10 s after the first
#   answer, the heap used after a full GC and the resident memory (jcmd).
# With several modes the runs alternate between them, so that their figures come from one run of the machine; each
# line ends with the 1-minute load average, because on a shared machine only figures of one run compare.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
modes=("$@")
((${#modes[@]})) || modes=("$(ls target/plan-lineage-*.jar | grep -v original | head -1)")
stores=${STORES:-fresh existing}
store=$(mktemp -d)
port=${PORT:-18080}
tick=$(getconf CLK_TCK)
query='{"query":"{ planItem(key: \"3100-qd-ubnd-2023:12\") { targets { raw } } }"}'
measure() { # label, argv...
  local label=$1 start end pid cpu rss
  shift
  start=$(date +%s%N)
  "$@" --server.port="$port" --app.neo4j.embedded.data-dir="$store" >"$store.log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "localhost:$port/graphql" | grep -q '"raw":"40%"'; do
    kill -0 $pid 2>/dev/null || { echo "$label: the service ended before answering; its log: $store.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
  printf '%s\t%.1f s to first answer\t%s s CPU\t%s MiB RSS' "$label" "$(((end - start) / 1000000))e-3" "$cpu" "$rss"
  if [[ ${MEMORY:-} == 1 ]]; then
    sleep 10
    jcmd $pid GC.run >/dev/null
    printf '\tat rest: heap used after GC %s, %s MiB RSS' \
      "$(jcmd $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%d MiB", $2 / 1024 }')" \
      "$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")"
  fi
  kill -TERM $pid
  local t0 t1
  t0=$(date +%s%N); wait $pid || true; t1=$(date +%s%N)
  printf '\t%.1f s to exit after SIGTERM\tload %s\n' "$(((t1 - t0) / 1000000))e-3" "$(cut -d' ' -f1 /proc/loadavg)"
}
for i in $(seq 1 "$runs"); do
  for mode in "${modes[@]}"; do
    if [[ $mode == *=* ]]; then
      label=${mode%%=*}
      read -ra argv <<<"${mode#*=}"
    else
      label=$(basename "$mode")
      argv=(java -Xmx1g -jar "$mode")
    fi
    for kind in $stores; do
      if [[ $kind == fresh ]]; then
        rm -rf "$store"; mkdir -p "$store"
      elif [[ ! -e $store/data ]]; then # an existing store: made once by this mode's first start
        rm -rf "$store"; mkdir -p "$store"
        if [[ -n ${COPY_STORE:-} ]]; then
          cp -r "$COPY_STORE"/. "$store"
        else
          measure "(making the store) $label" "${argv[@]}" >/dev/null
        fi
      fi
      measure "$kind store	$label" "${argv[@]}"
    done
  done
done
rm -rf "$store" "$store.log"
