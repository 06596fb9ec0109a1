#!/usr/bin/env bash
# Runs the Tradestat report job; builds the application first when the sources are newer than the jar.
# Usage: scripts/run-report.sh [--date YYYY-MM-DD] [--period P] [--input DIR] [--output DIR]
#                              [--max-reject-rate R] [--rerun] [--compare-with YYYY-MM-DD] [--db JDBC_URL]
#                              [--workers N] [--shared DIR] [--help]
# Exit codes: 0 completed (or already completed), 1 the job failed, 2 bad parameters, or an input folder that is
#             missing, unreadable or holds no *.csv files.
# Environment: JAVA_OPTS (default: -Xmx1g), TRADESTAT_DB_URL / TRADESTAT_DB_USER / TRADESTAT_DB_PASSWORD.
# Java runs in a UTF-8 locale (LC_ALL=C.UTF-8 when the locale is not UTF-8, as under cron): see start-archive.sh.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$project/target/tradestat.jar"

# shellcheck source=start-archive.sh
. "$project/scripts/start-archive.sh"
tradestat_build_if_needed "$project" run-report.sh
tradestat_prepare_launch "$jar" "$project/target/start-archive" "$@"
# shellcheck disable=SC2086
exec java "${TRADESTAT_JVM_OPTS[@]}" ${JAVA_OPTS:--Xmx1g} "${TRADESTAT_JAR[@]}" "$@"
