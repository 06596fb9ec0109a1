#!/usr/bin/env bash
# Runs the Tradestat report job; builds the application first when the sources are newer than the jar.
# Usage: scripts/run-report.sh [--date YYYY-MM-DD] [--period P] [--input DIR] [--output DIR]
#                              [--max-reject-rate R] [--rerun] [--compare-with YYYY-MM-DD] [--db JDBC_URL] [--help]
# Exit codes: 0 completed (or already completed), 1 the job failed, 2 bad parameters, or an input folder that is
#             missing, unreadable or holds no *.csv files.
# Environment: JAVA_OPTS (default: -Xmx1g), TRADESTAT_DB_URL / TRADESTAT_DB_USER / TRADESTAT_DB_PASSWORD.
# Java runs in a UTF-8 locale (LC_ALL=C.UTF-8 when the locale is not UTF-8, as under cron): see start-archive.sh.
set -euo pipefail

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
jar="$project/target/tradestat.jar"

needs_build() {
    [ ! -f "$jar" ] && return 0
    [ -n "$(find "$project/pom.xml" "$project/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if needs_build; then
    echo "Building Tradestat (first run, or the sources changed)..." >&2
    # Debian's Maven 3.8.7 prints terminal colour resets even in batch mode: strip them from what the user sees.
    if ! (cd "$project" && mvn -q -B -Dstyle.color=never -DskipTests package 2>&1 \
            | sed -e 's/\x1b\[[0-9;]*m//g' >&2; exit "${PIPESTATUS[0]}"); then
        echo "run-report.sh: the build failed; see the Maven output above." >&2
        exit 1
    fi
fi

# shellcheck source=start-archive.sh
. "$project/scripts/start-archive.sh"
tradestat_prepare_launch "$jar" "$project/target/start-archive" "$@"
# shellcheck disable=SC2086
exec java "${TRADESTAT_JVM_OPTS[@]}" ${JAVA_OPTS:--Xmx1g} "${TRADESTAT_JAR[@]}" "$@"
