#!/usr/bin/env bash
# Builds the benchmarks module (and what it depends on) and runs every scenario; writes BENCHMARKS.md at the
# project root. Needs a JDK 17 and a Docker engine with the image neo4j:5.26-community (docker/offline-image/build.sh
# builds it without a registry). How long a run took is in the Run table it writes (scenario 5 alone: in its block).
#
#   benchmarks/run.sh                 # everything, writes BENCHMARKS.md (scenarios 1-5, then the start-up and reset
#                                     # blocks by StartupMain and ResetMain; the container-start, CSV and Spring
#                                     # blocks are kept as they are)
#   benchmarks/run.sh --quick         # tiny sizes, checks the machinery (benchmarks/target/BENCHMARKS-quick.md)
#   benchmarks/run.sh --scenarios=1,3 # a subset
#   benchmarks/run.sh --scenarios=5   # scenario 5 alone (also: --scenario 5); rewrites only its own generated
#                                     # block of BENCHMARKS.md (between the scenario-5 markers)
#   benchmarks/run.sh --scenarios=csv # CSV fixture vs JSON fixture vs LOAD CSV; rewrites only its own block
set -euo pipefail
cd "$(dirname "$0")/.."

# Testcontainers on a machine where Ryuk cannot be pulled and the Docker host is this machine.
export TESTCONTAINERS_RYUK_DISABLED="${TESTCONTAINERS_RYUK_DISABLED:-true}"
export TESTCONTAINERS_HOST_OVERRIDE="${TESTCONTAINERS_HOST_OVERRIDE:-localhost}"

./mvnw -B -q -Pbenchmarks -pl benchmarks -am package -Dmaven.test.skip=true
classpath="benchmarks/target/classes:benchmarks/target/lib/*"
java -cp "$classpath" dev.testgraph.benchmarks.Benchmarks "$@"
if [ $# -eq 0 ]; then
  # the full run also writes the start-up and the reset blocks, each by its own main (see their javadoc)
  java -cp "$classpath" dev.testgraph.benchmarks.StartupMain 3 --write
  java -Xmx4g -cp "$classpath" dev.testgraph.benchmarks.ResetMain --resets=150 --scripts=6 --large=3 --write
fi
