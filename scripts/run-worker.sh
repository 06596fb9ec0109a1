#!/usr/bin/env bash
# Starts a Tradestat worker of remote partitioning (README, "Running on several machines"): it takes partitions
# (chunks of the trade files) from the broker's queue, parses them into the manager's shared folder, and runs until
# stopped (Ctrl-C, SIGTERM). Builds the application first when the sources are newer than the jar.
# Usage: scripts/run-worker.sh [--db JDBC_URL] [--help]
# Exit codes: 0 stopped, 1 the worker failed, 2 bad parameters, or the database or the broker unreachable.
# Environment: JAVA_OPTS (default: -Xmx1g), TRADESTAT_DB_URL / TRADESTAT_DB_USER / TRADESTAT_DB_PASSWORD (the
#              manager's PostgreSQL), TRADESTAT_AMQP_URL (default amqp://guest:guest@127.0.0.1:5672),
#              TRADESTAT_AMQP_QUEUE (default tradestat.requests).
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$project/target/tradestat.jar"

# shellcheck source=start-archive.sh
. "$project/scripts/start-archive.sh"
tradestat_build_if_needed "$project" run-worker.sh
tradestat_utf8_locale
# A worker parses for as long as it runs: both JIT compilers (no start-up archive or C1-only choice, which suit a
# short run of the report).
# shellcheck disable=SC2086
exec java -Djava.awt.headless=true ${JAVA_OPTS:--Xmx1g} -jar "$jar" --worker "$@"
