#!/usr/bin/env bash
# Diplograph's SPARQL endpoint against Apache Jena Fuseki 5.6.0 over copies of one generated TDB2
# database, at 1, 4 and 16 concurrent clients. Usage: bench/sparql-bench.sh [events] [seconds-per-level]
# Uses ports 8091 (Diplograph) and 8092 (Fuseki) on 127.0.0.1; data and logs go to target/bench/.
# The generated database is kept (target/bench/events-N) and reused by the next run with the same N.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}
PER_LEVEL=${2:-15}
./mvnw -B -q -DskipTests package
./mvnw -B -q -Pbench-sparql -Dbench.events="$EVENTS" -Dbench.seconds="$PER_LEVEL"
