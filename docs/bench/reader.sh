#!/usr/bin/env bash
# Times the text readers (org.planlineage.ingest) on the sources and on synthetic long texts.
# Usage: docs/bench/reader.sh [RUNS]   (default 5; prints the median and every run, in ms)
# The readers need nothing but the JDK and the project's own classes, so no dependency classpath is built.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -o -q test-compile
java -cp target/classes:target/test-classes org.planlineage.ingest.ReaderBenchmark "${1:-5}"
