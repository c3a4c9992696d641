#!/usr/bin/env bash
# The province benchmark of issue 6. Not a test: it only measures, and writes docs/benchmarks.md (between its
# result markers), docs/benchmarks.json and docs/images/benchmarks.png. See docs/benchmarks.md.
#   bench/province.sh [--people 100000,1000000] [--out docs/benchmarks.md] [--calls 1000] [--warmup 200]
#                     [--jvm-opts "-Xmx4g"] [--work target/bench] [--reuse-generated] [--keep-stores]
# For each size it generates the province, loads it by the script path and the bulk path, runs Neo4j's importer
# by hand on the same files, times trace, retention, surveillance and search, and measures store size, peak heap
# and start time. 1M people take an hour or more on 2 cores; run it with nothing else on the machine.
set -euo pipefail
cd "$(dirname "$0")/.."

work=target/bench
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  if [ "${args[$i]}" = --work ] && [ $((i + 1)) -lt ${#args[@]} ]; then work="${args[$((i + 1))]}"; fi
done
mkdir -p "$work"

echo "Building the jar and the benchmark ..." >&2
./mvnw -q -B -DskipTests package test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$work/classpath.txt" >/dev/null
# Neo4j's importer is run from the libraries inside the jar, as `load --bulk` runs it.
rm -rf "$work/jar"
java -Djarmode=tools -jar target/songbun-graph.jar extract --destination "$work/jar" >/dev/null

opens=(--add-opens java.base/java.nio=ALL-UNNAMED --add-opens java.base/sun.nio.ch=ALL-UNNAMED
       --add-opens java.base/java.io=ALL-UNNAMED --add-opens java.base/java.lang=ALL-UNNAMED)
exec java "${opens[@]}" -Djava.awt.headless=true \
  -cp "target/test-classes:target/classes:$(cat "$work/classpath.txt")" \
  org.songbungraph.bench.ProvinceBenchmark --work "$work" --libs "$work/jar/lib" "$@"
