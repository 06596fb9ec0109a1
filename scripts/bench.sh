#!/usr/bin/env bash
# Benchmark of issue 8: runs the whole Tradestat job on synthetic trade data of 1 thousand, 1 million and
# 10 million lines, as a user runs it, and prints wall time, lines/s, peak RSS and each step's time; with --peers
# also the same core work in pandas + openpyxl and in DuckDB (JDBC), and the ratios against issue 8's targets.
set -euo pipefail

usage() {
    cat <<'EOF'
Usage: scripts/bench.sh [--sizes 1k,1m,10m] [--peers] [--repeat N] [--jar FILE] [--label TEXT] [--data-dir DIR]
                        [--work-dir DIR] [--timeout SECONDS] [--keep] [--no-install] [--report RUN_DIR] [--help]

Benchmarks the whole Tradestat job (ingest with validation, database, analysis, workbook, charts) on
SYNTHETIC trade data that it generates deterministically (never into input/):
  1k   5 pairs x 10 years (yearly) x 2 flows x 10 HS chapters              =      1,000 lines
  1m   43 pairs x 10 years x 12 months x 2 flows x 97 HS chapters           =  1,001,040 lines
  10m  430 pairs x 10 years x 12 months x 2 flows x 97 HS chapters          = 10,010,400 lines (457 MB)

Each run is the command scripts/run-report.sh runs (java $JAVA_OPTS -jar tradestat.jar --date 2024-12-31
--input DIR --output DIR --db H2-file, started as scripts/start-archive.sh says: a class-data-sharing
archive unless TRADESTAT_CDS=0, C1 only below 64 MB of input), with a fresh H2 database and output folder, under /usr/bin/time -v,
on a warm page cache. It prints Markdown tables: lines, wall time, lines/s, peak RSS, exit code, each step's
time (from the job repository, BATCH_STEP_EXECUTION) and a check that the yearly totals in indicators.csv are
exact to the cent.

Options:
  --sizes LIST      comma-separated subset of 1k,1m,10m,100m (default: 1k,1m,10m); 100m is a century of
                    months of the 10m pairs: 100,104,000 lines, 4.6 GB, and needs about 15 GB free
  --peers           also run the peers on the same files: scripts/peers/pandas_peer.py (needs the Debian
                    packages python3-pandas and python3-openpyxl) and DuckDB through JDBC
                    (org.duckdb:duckdb_jdbc:$DUCKDB_VERSION, fetched with mvn dependency:copy into
                    target/bench/lib; not a dependency of the application), and print the ratios
  --jar FILE        benchmark this jar instead of building target/tradestat.jar (e.g. an older build)
  --label TEXT      what the jar is, for the report (e.g. "commit a04c883")
  --data-dir DIR    where the data goes (default: target/bench-data); generated only when missing or stale
  --work-dir DIR    where runs go (default: target/bench); each call makes runs/<timestamp>/
  --repeat N        run every measurement N times (default 1) and report, per tool and size, the run with
                    the shortest wall time among those that completed (all runs stay in results.tsv)
  --timeout SECONDS stop a run that takes longer (default: none); it counts as failed (exit 124)
  --keep            keep each run's H2 database, workbook, charts and indicators.csv (default: deleted
                    once the step times are read and the totals checked; logs and run.json stay)
  --no-install      never apt-get install a missing tool (GNU time; with --peers, pandas and openpyxl)
  --report RUN_DIR  print again the report of an earlier run folder (target/bench/runs/<timestamp>)
  --help            this text

Environment: JAVA_OPTS (default -Xmx512m, the heap cap of issue 8's targets; used for Tradestat and for the
DuckDB peer), DUCKDB_VERSION (default 2.0.0.1), PYTHON (the interpreter for the pandas peer; default: the
first of python3, /usr/bin/python3 that imports pandas and openpyxl), BENCH_TIMER=proc (measure with the
/proc fallback even where GNU time is installed), TRADESTAT_CDS=0 (start Tradestat without the start-up archive).
Exit code: 0 when every run exited 0, 1 when one failed, 2 bad options. Targets not met do not fail it.
EOF
}

project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench_src="$project/src/bench/java/org/tradestat/bench"
run_date="2024-12-31"
sizes="1k,1m,10m"
peers=0
jar_arg=""
label=""
data_dir="$project/target/bench-data"
work_root="$project/target/bench"
timeout_s=0
keep=0
repeat=1
install=1
export JAVA_OPTS="${JAVA_OPTS:--Xmx512m}"
DUCKDB_VERSION="${DUCKDB_VERSION:-2.0.0.1}"

command_line="scripts/bench.sh"
for arg in "$@"; do
    case "$arg" in
        *[!A-Za-z0-9_./,:=+-]*|"") command_line="$command_line '$arg'" ;;
        *) command_line="$command_line $arg" ;;
    esac
done
report_only=""

die() { echo "bench.sh: $*" >&2; exit 2; }
note() { echo "bench.sh: $*" >&2; }

while [ $# -gt 0 ]; do
    case "$1" in
        --help|-h) usage; exit 0 ;;
        --sizes) [ $# -ge 2 ] || die "--sizes needs a value"; sizes="$2"; shift 2 ;;
        --sizes=*) sizes="${1#*=}"; shift ;;
        --peers) peers=1; shift ;;
        --jar) [ $# -ge 2 ] || die "--jar needs a file"; jar_arg="$2"; shift 2 ;;
        --label) [ $# -ge 2 ] || die "--label needs a text"; label="$2"; shift 2 ;;
        --data-dir) [ $# -ge 2 ] || die "--data-dir needs a folder"; data_dir="$2"; shift 2 ;;
        --work-dir) [ $# -ge 2 ] || die "--work-dir needs a folder"; work_root="$2"; shift 2 ;;
        --timeout) [ $# -ge 2 ] || die "--timeout needs seconds"; timeout_s="$2"; shift 2 ;;
        --keep|--keep-db) keep=1; shift ;;
        --repeat) [ $# -ge 2 ] || die "--repeat needs a count"; repeat="$2"; shift 2 ;;
        --no-install) install=0; shift ;;
        --report) [ $# -ge 2 ] || die "--report needs a run folder"; report_only="$2"; shift 2 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
done

size_list=()
IFS=',' read -r -a requested <<<"$sizes"
for s in "${requested[@]}"; do
    case "$s" in
        1k|1m|10m|100m) size_list+=("$s") ;;
        *) die "unknown size '$s' (sizes are 1k, 1m, 10m, 100m)" ;;
    esac
done
[ ${#size_list[@]} -gt 0 ] || die "--sizes is empty"
[[ "$timeout_s" =~ ^[0-9]+$ ]] || die "--timeout takes whole seconds"
[[ "$repeat" =~ ^[1-9][0-9]*$ ]] || die "--repeat takes a count of at least 1"

mkdir -p "$data_dir" "$work_root"
data_dir="$(cd "$data_dir" && pwd)"
work_root="$(cd "$work_root" && pwd)"
case "$data_dir/" in
    "$project/input/"*) die "the synthetic data must never go into input/ (--data-dir $data_dir)" ;;
esac

# render_report RUN_DIR: the Markdown report of a run folder (meta.md + results.tsv).
render_report() {
    local all="$1/results.tsv" best
    best="$(mktemp)"
    # Per tool and size, the completed run with the shortest wall time (else the last run), in first-seen order.
    awk -F'\t' 'NR == 1 { print; next }
        { key = $1 SUBSEP $2; if (!(key in row)) order[++n] = key
          if (!(key in row) || (($6 == 0) && (ex[key] != 0 || $4 + 0 < wall[key] + 0)) || (ex[key] != 0 && $6 != 0)) {
              row[key] = $0; wall[key] = $4; ex[key] = $6 } }
        END { for (i = 1; i <= n; i++) print row[order[i]] }' "$all" >"$best"
    render_tables "$1" "$best"
    rm -f "$best"
}

render_tables() {
    cat "$1/meta.md"
    echo
    echo "### Tradestat, whole job"
    echo
    awk -F'\t' '
        function commas(n,   s, out, i, l) { s = sprintf("%d", n); l = length(s); out = "";
            for (i = 1; i <= l; i++) { out = out substr(s, i, 1); if ((l - i) % 3 == 0 && i < l) out = out "," } return out }
        NR == 1 { next }
        $1 == "tradestat" {
            n++; size[n] = $2; lines[n] = $3; wall[n] = $4; rss[n] = $5; ex[n] = $6; load[n] = $7; job[n] = $8; totals[n] = $10; db[n] = $11
            cpu[n] = $12; alloc[n] = $13
            m = split($9, parts, ";")
            for (i = 1; i <= m; i++) { if (parts[i] == "") continue; split(parts[i], kv, "=");
                if (!(kv[1] in seen)) { seen[kv[1]] = 1; names[++k] = kv[1] } t[n, kv[1]] = kv[2] }
        }
        END {
            if (n == 0) { print "(no run)"; exit }
            hdr = "| size | lines | wall s | lines/s | peak RSS MB | exit | load |"; sep = "|---|---:|---:|---:|---:|---:|---:|"
            for (i = 1; i <= k; i++) { hdr = hdr " " names[i] " s |"; sep = sep "---:|" }
            hdr = hdr " outside the job s | H2 db MB | CPU s | CPU µs/line | alloc B/line | totals |"; sep = sep "---:|---:|---:|---:|---:|---|"
            print hdr; print sep
            for (r = 1; r <= n; r++) {
                row = sprintf("| %s | %s | %.2f | %s | %d | %s | %s |", size[r], commas(lines[r]), wall[r],
                    (wall[r] > 0 && ex[r] == 0 ? commas(lines[r] / wall[r]) : "-"), rss[r] / 1024, ex[r], load[r])
                for (i = 1; i <= k; i++) row = row " " ((r, names[i]) in t && t[r, names[i]] != "" ? t[r, names[i]] : "-") " |"
                row = row " " (job[r] != "" ? sprintf("%.2f", wall[r] - job[r] / 1000) : "-") " | " (db[r] != "" ? db[r] : "-") " |"
                row = row " " (cpu[r] != "" ? cpu[r] : "-") " | " (cpu[r] != "" && lines[r] > 0 ? sprintf("%.2f", cpu[r] * 1e6 / lines[r]) : "-") " |"
                row = row " " (alloc[r] != "" && lines[r] > 0 ? commas(alloc[r] / lines[r]) : "-") " | " totals[r] " |"
                print row
            }
            print ""
            print "_outside the job_: wall time minus the job execution in BATCH_JOB_EXECUTION (JVM and Spring start-up, shutdown)."
            print "_H2 db MB_: size of the run\x27s database folder after the run."
            print "_CPU s_: user + system CPU-seconds of the whole process (/usr/bin/time); _alloc B/line_: bytes the JVM allocated on the heap (its own counter, logged when the job ends: \"Resources used by this JVM\") per input line."
            print "_totals_: every yearly all-goods export, import, turnover and balance per pair in indicators.csv equals the sum of the input lines to the cent (coverage and year-on-year change to 6 decimals)."
        }' "$2"

    if awk -F'\t' 'NR > 1 && $1 != "tradestat" { found = 1 } END { exit !found }' "$2"; then
        echo
        echo "### Peers: the same core work (read the CSV, yearly totals per pair and flow, turnover, balance, coverage, year-on-year change, write the yearly table)"
        echo
        awk -F'\t' '
            function commas(n,   s, out, i, l) { s = sprintf("%d", n); l = length(s); out = "";
                for (i = 1; i <= l; i++) { out = out substr(s, i, 1); if ((l - i) % 3 == 0 && i < l) out = out "," } return out }
            NR == 1 { next }
            { key = $1 SUBSEP $2; wall[key] = $4; rss[key] = $5; ex[key] = $6; load[key] = $7; lines[$2] = $3
              if (!($2 in seenSize)) { seenSize[$2] = 1; sizes[++ns] = $2 } }
            END {
                print "| size | lines | tool | wall s | lines/s | peak RSS MB | exit | load | Tradestat / tool, wall | Tradestat / tool, RSS |"
                print "|---|---:|---|---:|---:|---:|---:|---:|---:|---:|"
                split("tradestat pandas duckdb", tools, " ")
                for (i = 1; i <= ns; i++) for (j = 1; j <= 3; j++) {
                    s = sizes[i]; key = tools[j] SUBSEP s; if (!(key in wall)) continue
                    tkey = "tradestat" SUBSEP s
                    rw = (tools[j] != "tradestat" && (tkey in wall) && ex[tkey] == 0 && wall[key] > 0) ? sprintf("%.2f", wall[tkey] / wall[key]) : "-"
                    rr = (tools[j] != "tradestat" && (tkey in rss) && ex[tkey] == 0 && rss[key] > 0) ? sprintf("%.2f", rss[tkey] / rss[key]) : "-"
                    printf("| %s | %s | %s | %.2f | %s | %d | %s | %s | %s | %s |\n", s, commas(lines[s]), tools[j], wall[key],
                        (wall[key] > 0 && ex[key] == 0 ? commas(lines[s] / wall[key]) : "-"), rss[key] / 1024, ex[key], load[key], rw, rr)
                }
            }' "$2"
    fi

    echo
    echo "### Issue 8 targets"
    echo
    awk -F'\t' -v opts="$(sed -n 's/^- JAVA_OPTS: \([^;]*\);.*/\1/p' "$1/meta.md")" '
        NR == 1 { next }
        $1 != "tradestat" { peers = 1 }
        { wall[$1, $2] = $4; rss[$1, $2] = $5; ex[$1, $2] = $6 }
        $1 == "tradestat" { runs++; if ($6 != 0) failed = failed " " $2 " (exit " $6 ")"; else if ($10 != "exact") inexact = inexact " " $2 }
        function ok(tool, size) { return ((tool, size) in wall) && ex[tool, size] == 0 }
        function verdict(met) { return met ? "met" : "**not met**" }
        function row(target, measured, status) { printf "| %s | %s | %s |\n", target, measured, status }
        function vs(peer, name, limit,   r, t) {
            t = sprintf("10M lines: wall <= %s x %s", limit, name)
            if (ok("tradestat", "10m") && ok(peer, "10m")) {
                r = wall["tradestat", "10m"] / wall[peer, "10m"]
                row(t, sprintf("%.2f s / %.2f s = %.2f x", wall["tradestat", "10m"], wall[peer, "10m"], r), verdict(r <= limit))
            } else if (("tradestat", "10m") in wall && ex["tradestat", "10m"] != 0)
                row(t, sprintf("Tradestat failed after %.2f s (exit %s)", wall["tradestat", "10m"], ex["tradestat", "10m"]), "**not met**")
            else row(t, "-", peers ? "not measured (needs both 10m runs)" : "not measured (run with --peers)")
        }
        END {
            capped = (opts ~ /-Xmx512m/)
            print "| target | measured | status |"
            print "|---|---|---|"
            if (runs) row("every run completes (exit 0)", failed == "" ? "all completed" : "failed:" failed, verdict(failed == ""))
            vs("pandas", "pandas", 0.5)
            vs("duckdb", "DuckDB", 2)
            worst = 0; which = ""
            split("1k 1m 10m", all, " ")
            for (i = 1; i <= 3; i++) if (("tradestat", all[i]) in rss && rss["tradestat", all[i]] > worst) { worst = rss["tradestat", all[i]]; which = all[i] }
            t = "peak RSS <= 1 GiB (1,048,576 KB) with -Xmx512m"
            if (!capped) row(t, which == "" ? "-" : sprintf("%d MB (%s)", worst / 1024, which), "not comparable: JAVA_OPTS is " opts)
            else if (which == "") row(t, "-", "not measured")
            else row(t, sprintf("%d MB (%s%s)", worst / 1024, which, ex["tradestat", which] != 0 ? ", until it failed" : ""), verdict(worst <= 1048576))
            t = "10M RSS <= 1.3 x 1M RSS"
            if (ok("tradestat", "10m") && ok("tradestat", "1m")) {
                r = rss["tradestat", "10m"] / rss["tradestat", "1m"]
                row(t, sprintf("%d MB / %d MB = %.2f x", rss["tradestat", "10m"] / 1024, rss["tradestat", "1m"] / 1024, r), capped ? verdict(r <= 1.3) : "not comparable: JAVA_OPTS is " opts)
            } else row(t, "-", "not measured (needs 1m and 10m completed)")
            if (ok("tradestat", "1k")) row("1,000 lines in < 2 s (issue 14; issue 8 asked 3 s)", sprintf("%.2f s", wall["tradestat", "1k"]), verdict(wall["tradestat", "1k"] < 2))
            else row("1,000 lines in < 2 s (issue 14; issue 8 asked 3 s)", "-", "not measured")
            if (runs) row("every yearly total exact to the cent (CheckTotals)", inexact != "" ? "differ:" inexact : (failed != "" ? "exact in the completed runs" : "exact in every run"), verdict(inexact == "" && failed == ""))
        }' "$2"
    echo
    echo "Raw figures: $1/results.tsv; logs and outputs: $1/<size>/"
}

if [ -n "$report_only" ]; then
    [ -f "$report_only/results.tsv" ] || die "no results.tsv in $report_only"
    render_report "$report_only"
    exit 0
fi

# ---------------------------------------------------------------------------------------------- tools ----
command -v java >/dev/null || die "java is not on the PATH"
command -v javac >/dev/null || die "javac is not on the PATH (a JDK is needed, not only a JRE)"

can_install() { [ "$install" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; }

timer="${BENCH_TIMER:-gnu}"
[ "$timer" = gnu ] || [ "$timer" = proc ] || die "BENCH_TIMER is gnu or proc"
if [ "$timer" = gnu ] && ! /usr/bin/time -v true >/dev/null 2>&1; then
    if can_install; then
        note "GNU time is missing: apt-get install -y time"
        apt-get install -y -qq time >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq time) >/dev/null 2>&1 || true
    fi
    if ! /usr/bin/time -v true >/dev/null 2>&1; then
        timer="proc"
        note "GNU time is not available: measuring wall time with date and peak RSS from /proc/PID/status (VmHWM)"
    fi
fi

stamp="$(date +%Y%m%d-%H%M%S)"
run_dir="$work_root/runs/$stamp"
mkdir -p "$run_dir"
classes="$work_root/classes"
results="$run_dir/results.tsv"
printf 'tool\tsize\tlines\twall_s\trss_kb\texit\tload1\tjob_ms\tsteps\ttotals\tdb_mb\tcpu_s\talloc_bytes\n' >"$results"

# ----------------------------------------------------------------------------------------------- jar -----
needs_build() {
    local jar="$project/target/tradestat.jar"
    [ ! -f "$jar" ] && return 0
    [ -n "$(find "$project/pom.xml" "$project/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]
}

if [ -n "$jar_arg" ]; then
    [ -f "$jar_arg" ] || die "no jar at $jar_arg"
    source_jar="$(cd "$(dirname "$jar_arg")" && pwd)/$(basename "$jar_arg")"
else
    if needs_build; then
        note "building target/tradestat.jar (mvn -q -B -DskipTests package)"
        (cd "$project" && mvn -q -B -Dstyle.color=never -DskipTests package 2>&1 | sed -e 's/\x1b\[[0-9;]*m//g' >&2
            exit "${PIPESTATUS[0]}") || { echo "bench.sh: the build failed" >&2; exit 1; }
    fi
    source_jar="$project/target/tradestat.jar"
fi
# A snapshot, so that a rebuild by someone else during the benchmark does not change what is measured.
jar="$run_dir/tradestat.jar"
cp "$source_jar" "$jar"
# Started as run-report.sh starts it: with the class-data-sharing archive made for this jar (TRADESTAT_CDS=0: without).
# shellcheck source=start-archive.sh
. "$project/scripts/start-archive.sh"
tradestat_prepare_launch "$jar" "$run_dir/start-archive"  # the JIT choice is made per size below

{
    echo "## Tradestat benchmark $stamp"
    echo
    echo "- machine: $(nproc) cores, $(free -g | awk '/^Mem:/ {print $2}') GiB memory," \
        "$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
    echo "- java: $(java -version 2>&1 | head -n 1)"
    if [ -n "$label" ]; then
        echo "- tradestat: $label ($source_jar, built $(date -r "$source_jar" '+%F %T'))"
    elif [ -n "$jar_arg" ]; then
        echo "- tradestat: $source_jar (given with --jar), built $(date -r "$source_jar" '+%F %T')"
    else
        echo "- tradestat: $source_jar, commit $(git -C "$project" rev-parse --short HEAD 2>/dev/null || echo '?')$( [ -n "$(git -C "$project" status --porcelain -- src/main pom.xml 2>/dev/null)" ] && echo ' + uncommitted changes in src/main'), built $(date -r "$source_jar" '+%F %T')"
    fi
    echo "- runs: $( [ "$repeat" = 1 ] && echo 'one run per tool and size' || echo "best (shortest completed) of $repeat runs per tool and size")"
    echo "- start-up (scripts/start-archive.sh, as run-report.sh): class-data-sharing archive $( [ "${TRADESTAT_JAR[1]}" = "$jar" ] && echo 'not used' || echo 'made for this jar'); the quick JIT compiler only (-XX:TieredStopAtLevel=1) for inputs under 64 MB"
    echo "- JAVA_OPTS: $JAVA_OPTS; measured with $( [ "$timer" = gnu ] && echo '/usr/bin/time -v' || echo '/proc VmHWM polling'); warm page cache; load = 1-min load average at the start of the run"
    echo "- command: $command_line"
    echo "- load at the start: $(uptime | sed 's/.*load average/load average/')"
} >"$run_dir/meta.md"

# The H2 jar of the application itself (same version as the database files), for reading the job repository.
h2_jar=""
h2_entry="$(jar tf "$jar" | grep -E '^BOOT-INF/lib/h2-[0-9.]+\.jar$' | head -n 1 || true)"
if [ -n "$h2_entry" ]; then
    (cd "$run_dir" && jar xf tradestat.jar "$h2_entry") && h2_jar="$run_dir/$h2_entry"
fi
if [ -z "$h2_jar" ]; then
    h2_jar="$(find "$HOME/.m2/repository/com/h2database/h2" -name 'h2-*.jar' 2>/dev/null | sort -V | tail -n 1 || true)"
fi

# ------------------------------------------------------------------------------------- bench classes -----
mkdir -p "$classes"
javac -nowarn -d "$classes" "$bench_src/GenerateTradeData.java" "$bench_src/CheckTotals.java"

# ---------------------------------------------------------------------------------------------- data -----
data_file() { echo "$data_dir/$1/trade-$1.csv"; }
for s in "${size_list[@]}"; do
    if [ "$s" = 100m ] && [ ! -f "$(data_file 100m)" ]; then
        mkdir -p "$data_dir"
        free_kb="$(df -Pk "$data_dir" | awk 'NR == 2 { print $4 }')"
        [ "$free_kb" -ge $((15 * 1024 * 1024)) ] \
            || die "100m needs about 15 GB free in $data_dir (4.6 GB of data, work files, database, reports): $((free_kb / 1024)) MB free"
    fi
    java -cp "$classes" org.tradestat.bench.GenerateTradeData --size "$s" --out "$(data_file "$s")" --if-stale >&2
done
lines_of() { sed -n 's/^lines=//p' "$(data_file "$1").manifest"; }

# --------------------------------------------------------------------------------------------- peers -----
python_bin=""
duck_jar=""
if [ "$peers" = 1 ]; then
    find_python() {
        local candidate
        for candidate in ${PYTHON:-} python3 /usr/bin/python3; do
            if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import pandas, openpyxl' >/dev/null 2>&1; then
                command -v "$candidate"
                return 0
            fi
        done
        return 1
    }
    python_bin="$(find_python || true)"
    if [ -z "$python_bin" ] && can_install; then
        note "pandas/openpyxl missing: apt-get install -y python3-pandas python3-openpyxl"
        apt-get install -y -qq python3-pandas python3-openpyxl >/dev/null 2>&1 \
            || (apt-get update -qq && apt-get install -y -qq python3-pandas python3-openpyxl) >/dev/null 2>&1 || true
        python_bin="$(find_python || true)"
    fi
    [ -n "$python_bin" ] || note "pandas peer skipped: no python3 imports pandas and openpyxl (Debian: python3-pandas python3-openpyxl)"

    lib="$work_root/lib"
    duck_jar="$lib/duckdb_jdbc-$DUCKDB_VERSION.jar"
    if [ ! -f "$duck_jar" ]; then
        note "fetching org.duckdb:duckdb_jdbc:$DUCKDB_VERSION (mvn dependency:copy)"
        mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
            -Dartifact="org.duckdb:duckdb_jdbc:$DUCKDB_VERSION" -DoutputDirectory="$lib" >&2 || true
    fi
    if [ -f "$duck_jar" ]; then
        javac -nowarn -d "$classes" -cp "$duck_jar" "$bench_src/DuckDbPeer.java"
    else
        note "DuckDB peer skipped: could not fetch org.duckdb:duckdb_jdbc:$DUCKDB_VERSION"
        duck_jar=""
    fi
fi

# ----------------------------------------------------------------------------------------- measuring -----
now_ms() { date +%s%3N; }
load1() { cut -d' ' -f1 /proc/loadavg; }

# measure PREFIX CMD...: runs CMD with its output in PREFIX.log; sets m_wall (s), m_rss_kb, m_exit, and m_cpu_s
# (user + system CPU-seconds of the process; empty without GNU time).
measure() {
    local prefix="$1"; shift
    local start end
    local cmd=("$@")
    if [ "$timeout_s" -gt 0 ]; then
        cmd=(timeout -k 10 "$timeout_s" "$@")
    fi
    m_exit=0
    m_cpu_s=""
    if [ "$timer" = gnu ]; then
        start="$(now_ms)"
        /usr/bin/time -v -o "$prefix.time" "${cmd[@]}" >"$prefix.log" 2>&1 || m_exit=$?
        end="$(now_ms)"
        m_rss_kb="$(sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): //p' "$prefix.time")"
        m_cpu_s="$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$prefix.time")"
    else
        # /proc fallback: follows the started process itself (java is exec'd directly; under --timeout that is
        # timeout's child, so the peak RSS is taken over the process and its children).
        local pid state hwm=0 v child
        start="$(now_ms)"
        "${cmd[@]}" >"$prefix.log" 2>&1 &
        pid=$!
        while state="$(awk '/^State:/ {print $2}' "/proc/$pid/status" 2>/dev/null)" && [ -n "$state" ] && [ "$state" != Z ]; do
            for child in "$pid" $(cat "/proc/$pid/task/$pid/children" 2>/dev/null || true); do
                v="$(awk '/^VmHWM:/ {print $2}' "/proc/$child/status" 2>/dev/null || true)"
                if [ -n "$v" ] && [ "$v" -gt "$hwm" ]; then hwm="$v"; fi
            done
            sleep 0.05
        done
        wait "$pid" || m_exit=$?
        end="$(now_ms)"
        m_rss_kb="$hwm"
    fi
    m_wall="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", (b - a) / 1000 }')"
    [ -n "$m_rss_kb" ] || m_rss_kb=0
}

warm() { cat "$1" >/dev/null; }

# h2_query DB_PATH SQL: prints rows as "a|b|c" (no header), or nothing when it fails.
h2_query() {
    [ -n "$h2_jar" ] || return 0
    java -cp "$h2_jar" org.h2.tools.Shell -url "jdbc:h2:file:$1" -user sa -password "" -sql "$2" 2>/dev/null \
        | sed '1d; /^([0-9]* rows*,/d; s/[[:space:]]*|[[:space:]]*/|/g; s/[[:space:]]*$//' || true
}

# log_step_times LOG_DIR: "name seconds" per step from Spring Batch's "Step: [name] executed in 2m21s748ms" log lines.
log_step_times() {
    cat "$1"/*.log 2>/dev/null | sed -n 's/.*Step: \[\([A-Za-z0-9_]*\)\] executed in \([0-9hms]*\).*/\1 \2/p' \
        | awk '{ t = $2; secs = 0
                 while (match(t, /^[0-9]+(ms|h|m|s)/)) {
                     tok = substr(t, 1, RLENGTH); t = substr(t, RLENGTH + 1); unit = tok; gsub(/[0-9]/, "", unit)
                     secs += (tok + 0) * (unit == "h" ? 3600 : unit == "m" ? 60 : unit == "s" ? 1 : 0.001) }
                 printf "%s %.2f\n", $1, secs }'
}

# step_times DB_PATH LOG_DIR CONSOLE_LOG: "name=seconds;..." from BATCH_STEP_EXECUTION; where a step has no end time
# there (a run that died), from the job's log; without a job repository, from the job's summary lines.
step_times() {
    local rows
    rows="$(h2_query "$1" "SELECT STEP_NAME, DATEDIFF('MILLISECOND', START_TIME, END_TIME), STATUS FROM BATCH_STEP_EXECUTION ORDER BY STEP_EXECUTION_ID")"
    if [ -n "$rows" ]; then
        # a step that did not complete shows its status: "42.29 (failed)"
        # shellcheck disable=SC2001
        { log_step_times "$2" | sed 's/^/log|/'; sed 's/^/db|/' <<<"$rows"; } | awk -F'|' '
            $1 == "log" { split($2, kv, " "); fromLog[kv[1]] = kv[2]; next }
            NF >= 3 { t = ($3 == "null" || $3 == "") ? fromLog[$2] : sprintf("%.2f", $3 / 1000)
                      st = ($4 == "" || $4 == "COMPLETED") ? "" : "(" tolower($4) ")"
                      printf "%s%s=%s%s%s", sep, $2, t, (t != "" && st != "" ? " " : ""), st; sep = ";" }'
    else
        # "  loadInputs: completed, 1000 lines read in 0.4 s"
        sed -n 's/^  \([A-Za-z][A-Za-z0-9_]*\): [a-z]*.* in \([0-9.]*\) s$/\1=\2/p' "$3" | paste -sd ';' -
    fi
}

job_ms() {
    h2_query "$1" "SELECT DATEDIFF('MILLISECOND', START_TIME, END_TIME) FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1" \
        | head -n 1 | sed 's/^null$//'
}

record() { # tool size lines wall rss exit load1 job_ms steps totals db_mb cpu_s alloc_bytes
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$@" >>"$results"
}

# allocated_bytes LOG_DIR: the bytes the job's JVM allocated, from the "Resources used by this JVM" log line.
allocated_bytes() {
    cat "$1"/*.log 2>/dev/null | sed -n 's/.*Resources used by this JVM: [0-9.]* CPU-seconds, \([0-9]*\) bytes allocated.*/\1/p' \
        | tail -n 1
}

# run_tradestat SIZE CSV LINES DIR: the command run-report.sh execs, with a fresh database and output folder.
run_tradestat() {
    local s="$1" csv="$2" lines="$3" dir="$4" load steps jms totals db_mb alloc
    mkdir -p "$dir"
    warm "$csv"
    load="$(load1)"
    echo "bench.sh: tradestat $s ($lines lines), load $load ..." >&2
    # shellcheck disable=SC2086
    tradestat_prepare_launch "$jar" "$run_dir/start-archive" --input "$(dirname "$csv")"
    measure "$dir/tradestat" java "${TRADESTAT_JVM_OPTS[@]}" $JAVA_OPTS "${TRADESTAT_JAR[@]}" --date "$run_date" \
        --input "$(dirname "$csv")" --output "$dir/out" --db "jdbc:h2:file:$dir/db/tradestat"
    steps="$(step_times "$dir/db/tradestat" "$dir/out/logs" "$dir/tradestat.log")"
    jms="$(job_ms "$dir/db/tradestat")"
    totals="-"
    if [ "$m_exit" = 0 ] && [ -f "$dir/out/$run_date/indicators.csv" ]; then
        totals="$(java -cp "$classes" org.tradestat.bench.CheckTotals "$csv" "$dir/out/$run_date/indicators.csv" \
            >"$dir/totals.txt" 2>&1 && echo exact || echo DIFFER)"
        head -n 4 "$dir/totals.txt" | sed 's/^/bench.sh:   /' >&2
    else
        failed=1
        note "tradestat $s exited $m_exit; last lines of $dir/tradestat.log:"
        tail -n 5 "$dir/tradestat.log" | sed 's/^/    /' >&2
    fi
    db_mb="$(du -sm "$dir/db" 2>/dev/null | cut -f1 || true)"
    alloc="$(allocated_bytes "$dir/out/logs")"
    record tradestat "$s" "$lines" "$m_wall" "$m_rss_kb" "$m_exit" "$load" "${jms:-}" "$steps" "$totals" "${db_mb:-}" \
        "$m_cpu_s" "${alloc:-}"
    echo "bench.sh:   $m_wall s, peak RSS $((m_rss_kb / 1024)) MB, exit $m_exit" >&2
    if [ "$keep" = 0 ]; then
        rm -rf "$dir/db" "$dir/out/$run_date/charts" "$dir/out/$run_date/indicators.csv" "$dir/out/$run_date"/*.xlsx
    fi
}

# run_peer TOOL SIZE CSV LINES DIR COMMAND...: a peer on the same file (its output goes to DIR/TOOL-out).
run_peer() {
    local tool="$1" s="$2" csv="$3" lines="$4" dir="$5" load
    shift 5
    mkdir -p "$dir"
    warm "$csv"
    load="$(load1)"
    echo "bench.sh: $tool $s, load $load ..." >&2
    measure "$dir/$tool" "$@" "$csv" "$dir/$tool-out"
    if [ "$m_exit" != 0 ]; then
        failed=1
        tail -n 5 "$dir/$tool.log" | sed 's/^/    /' >&2
    fi
    record "$tool" "$s" "$lines" "$m_wall" "$m_rss_kb" "$m_exit" "$load" "" "" "-" "" "$m_cpu_s" ""
    echo "bench.sh:   $m_wall s, peak RSS $((m_rss_kb / 1024)) MB, exit $m_exit" >&2
}

failed=0
echo "bench.sh: run folder $run_dir" >&2
for s in "${size_list[@]}"; do
    csv="$(data_file "$s")"
    lines="$(lines_of "$s")"
    for ((rep = 1; rep <= repeat; rep++)); do
        dir="$run_dir/$s"
        [ "$repeat" = 1 ] || dir="$run_dir/$s/$rep"
        run_tradestat "$s" "$csv" "$lines" "$dir"
        if [ "$peers" = 1 ] && [ -n "$python_bin" ]; then
            run_peer pandas "$s" "$csv" "$lines" "$dir" "$python_bin" "$project/scripts/peers/pandas_peer.py"
        fi
        if [ "$peers" = 1 ] && [ -n "$duck_jar" ]; then
            # shellcheck disable=SC2086
            run_peer duckdb "$s" "$csv" "$lines" "$dir" java $JAVA_OPTS -cp "$classes:$duck_jar" org.tradestat.bench.DuckDbPeer
        fi
    done
done

# ------------------------------------------------------------------------------------------- report ------
render_report "$run_dir" | tee "$run_dir/report.md"
if [ "$keep" = 0 ]; then
    rm -rf "$jar" "$run_dir/BOOT-INF"   # the jar snapshot and the H2 jar taken from it
fi

exit "$failed"
