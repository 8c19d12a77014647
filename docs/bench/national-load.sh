#!/usr/bin/env bash
# Loads the national graph: docs/bench/national-load.sh --scale 0.1 --seed 42 --store target/national-0.1
#   (or --uri bolt://host:7687 instead of --store; --batch N documents per transaction, default 20;
#    --years 2023,2024 only the plans of those years, default 2023-2026;
#    any --spring.key=value is passed to the service, e.g. --app.neo4j.embedded.pagecache-size=2GB)
# Compiles the tests (the generator is test code: it is not part of the product), then runs
# org.planlineage.national.NationalLoad on the test classpath with the JVM flags the embedded Neo4j needs.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q ${MVN_OFFLINE:--o} test-compile dependency:build-classpath -Dfrontend.skip \
  -Dmdep.outputFile=target/national.classpath -Dmdep.includeScope=test
exec java ${NATIONAL_JVM:--Xmx4g} \
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  -cp "target/test-classes:target/classes:$(cat target/national.classpath)" \
  org.planlineage.national.NationalLoad "$@"
