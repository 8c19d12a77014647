#!/usr/bin/env bash
# Runs the packaged service with a class-data-sharing archive (docs/benchmarks.md, "Start-up"), the way Spring Boot 3.5
# documents it: the jar extracted (target/cds/), an archive of the classes a training run loaded (target/cds/app.jsa),
# then `java -XX:SharedArchiveFile=... -jar` on the extracted jar.
#
# Usage: docs/bench/run-cds.sh [service arguments ...]     (after `mvn -DskipTests package`)
#   e.g. docs/bench/run-cds.sh --server.port=8184 --app.neo4j.embedded.data-dir=target/neo4j-run
# The first start after a new jar extracts it and makes the archive (a training run on a throw-away store in
# target/cds/training-store: start, one answered query, SIGTERM; 9 min at a load average of 45 on 2 cores); later starts reuse it.
# Paths given to the service are read from the current directory, as with `java -jar`. JAVA_OPTS replaces the JVM's
# flags (default: -Xmx1g as the README's commands, and the C1-only JIT; JAVA_OPTS=-Xmx1g keeps C2).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar=$(ls "$root"/target/plan-lineage-*.jar 2>/dev/null | grep -v original | head -1 || true)
[[ -n $jar ]] || { echo "No target/plan-lineage-*.jar: run 'mvn -DskipTests package' first" >&2; exit 1; }
dir=$root/target/cds
app=$dir/$(basename "$jar")
archive=$dir/app.jsa
read -ra opts <<<"${JAVA_OPTS:--Xmx1g -XX:TieredStopAtLevel=1}"

if [[ ! -s $archive || $jar -nt $archive ]]; then
  echo "Making the class-data-sharing archive for $jar (once per build) ..." >&2
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir" >/dev/null
  # Signed jars (Eclipse Collections, Neo4j's) cost at every start: the archive leaves their classes out, and each
  # ServiceLoader look-up that finds its file in one (Eclipse Collections' ~40 factories) opens that jar anew and
  # verifies its signature again (docs/benchmarks.md, "Start-up, session 9"). The extracted copies lose their
  # signature files; the jar itself is unchanged.
  if command -v zip >/dev/null; then
    for lib in "$dir"/lib/*.jar; do
      zip -q -d "$lib" 'META-INF/*.SF' 'META-INF/*.RSA' 'META-INF/*.DSA' 'META-INF/*.EC' >/dev/null 2>&1 || true
    done
  else
    echo "No zip on the PATH: signed jars are left signed (a slower start)" >&2
  fi
  # the archive records the class path as given: train with the same (absolute) path the start below uses
  java "${opts[@]}" -XX:ArchiveClassesAtExit="$archive" -jar "$app" --server.port=0 \
    --app.neo4j.embedded.data-dir="$dir/training-store" >"$dir/training.log" 2>&1 &
  pid=$!
  port=
  until [[ -n $port ]]; do
    kill -0 $pid 2>/dev/null || { echo "The training run ended before it started; see $dir/training.log" >&2; exit 1; }
    sleep 0.5
    port=$(grep -o 'Tomcat started on port [0-9]*' "$dir/training.log" | grep -o '[0-9]*$' || true)
  done
  query='{"query":"{ planItem(key: \"3100-qd-ubnd-2023:12\") { targets { raw } } }"}'
  until curl -sf -H 'Content-Type: application/json' -d "$query" "localhost:$port/graphql" | grep -q '"raw":"40%"'; do
    kill -0 $pid 2>/dev/null || { echo "The training run ended before answering; see $dir/training.log" >&2; exit 1; }
    sleep 0.5
  done
  kill -TERM $pid
  wait $pid || true
  rm -rf "$dir/training-store"
  [[ -s $archive ]] || { echo "The training run wrote no archive; see $dir/training.log" >&2; exit 1; }
  echo "Archive $archive: $(du -m "$archive" | cut -f1) MB" >&2
fi
exec java "${opts[@]}" -XX:SharedArchiveFile="$archive" -jar "$app" "$@"
