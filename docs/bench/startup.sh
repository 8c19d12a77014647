#!/usr/bin/env bash
# Start-up to the first answered GraphQL query, with the embedded store: fresh (seed loaded) and existing (seed
# already there), and the process's CPU time and resident memory at that moment.
#
# Usage: docs/bench/startup.sh [runs] [mode ...]        (after `mvn -DskipTests package`)
#   mode: a jar (run as `java -Xmx1g -jar JAR`) or `LABEL=COMMAND`, a whole command line without the service's
#         arguments, e.g. 'cds=java -Xmx1g -XX:SharedArchiveFile=target/cds/app.jsa -jar target/cds/plan-lineage.jar'
#   STORES="existing" (default "fresh existing") measures only those; COPY_STORE=DIR starts the existing-store runs
#   from a copy of that store instead of making one with a first start; IN_PLACE=DIR starts them on DIR itself (a
#   store too large to copy, e.g. the national graph at scale 1; never deleted; implies STORES=existing; anything
#   else sharing DIR must be kept out, e.g. `flock DIR.lock docs/bench/startup.sh …`); MEMORY=1 also reports, 10 s after the first
#   answer, the heap used after a full GC and the resident memory (jcmd); LOGS=DIR keeps each start's log there
#   (numbered, with the mode's label), to read the start-up's steps off its timestamps; REQUESTS=FILE (with MEMORY=1)
#   sends each line of FILE (a GraphQL request body) 3 times after the first answer and reports the resident memory
#   and the heap in use after them, before the memory at rest.
# With several modes the runs alternate between them, so that their figures come from one run of the machine; each
# line ends with the 1-minute load average, because on a shared machine only figures of one run compare.
set -euo pipefail
# the directories and files given are taken from the caller's directory
for var in COPY_STORE IN_PLACE REQUESTS; do
  [[ -z ${!var:-} ]] || declare "$var=$(realpath "${!var}")"
done
[[ -z ${LOGS:-} ]] || { mkdir -p "$LOGS" && LOGS=$(realpath "$LOGS"); }
cd "$(dirname "$0")/../.."
runs=${1:-3}
shift || true
modes=("$@")
((${#modes[@]})) || modes=("$(ls target/plan-lineage-*.jar | grep -v original | head -1)")
stores=${STORES:-fresh existing}
store=$(mktemp -d)
log=$store.log
if [[ -n ${IN_PLACE:-} ]]; then
  [[ -d $IN_PLACE/data ]] || { echo "IN_PLACE=$IN_PLACE holds no store (no data/)" >&2; exit 1; }
  rmdir "$store"
  store=$(realpath "$IN_PLACE")
  stores=existing
fi
port=${PORT:-18080}
tick=$(getconf CLK_TCK)
logs=0
query='{"query":"{ planItem(key: \"3100-qd-ubnd-2023:12\") { targets { raw } } }"}'
measure() { # label, argv...
  local label=$1 start end pid cpu rss
  shift
  start=$(date +%s%N)
  "$@" --server.port="$port" --app.neo4j.embedded.data-dir="$store" >"$log" 2>&1 &
  pid=$!
  until curl -sf -H 'Content-Type: application/json' -d "$query" "localhost:$port/graphql" | grep -q '"raw":"40%"'; do
    kill -0 $pid 2>/dev/null || { echo "$label: the service ended before answering; its log: $log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  cpu=$(awk -v t="$tick" '{ printf "%.1f", ($14 + $15) / t }' "/proc/$pid/stat")
  rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
  printf '%s\t%.1f s to first answer\t%s s CPU\t%s MiB RSS' "$label" "$(((end - start) / 1000000))e-3" "$cpu" "$rss"
  if [[ ${MEMORY:-} == 1 ]]; then
    if [[ -n ${REQUESTS:-} ]]; then
      local body errors=0
      for round in 1 2 3; do
        while IFS= read -r body; do
          curl -s -H 'Content-Type: application/json' -d "$body" "localhost:$port/graphql" | grep -q '"errors"' &&
            errors=$((errors + 1))
        done <"$REQUESTS"
      done
      printf '\tafter %s requests (%s with errors): heap used %s, %s MiB RSS' "$((3 * $(wc -l <"$REQUESTS")))" \
        "$errors" "$(jcmd $pid GC.heap_info | grep -o 'used [0-9]*K' | head -1 | awk '{ printf "%d MiB", $2 / 1024 }')" \
        "$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")"
    fi
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
  if [[ -n ${LOGS:-} ]]; then
    mkdir -p "$LOGS"
    cp "$log" "$LOGS/$((++logs))-${label//[^A-Za-z0-9_.-]/_}.log"
  fi
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
      if [[ $kind == fresh && -z ${IN_PLACE:-} ]]; then
        rm -rf "$store"; mkdir -p "$store"
      elif [[ -z ${IN_PLACE:-} && ! -e $store/data ]]; then # an existing store: made once by this mode's first start
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
[[ -n ${IN_PLACE:-} ]] || rm -rf "$store"
rm -f "$log"
