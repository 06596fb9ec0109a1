# Sourced by run-report.sh, run-worker.sh and bench.sh: how to build (when needed) and start a Tradestat jar quickly.
#
# tradestat_build_if_needed PROJECT SCRIPT builds PROJECT/target/tradestat.jar when it is missing or older than the
# sources, and exits 1 naming SCRIPT when the build fails.
#
# tradestat_prepare_launch JAR DIR [JOB ARGUMENTS...] sets two arrays: TRADESTAT_JVM_OPTS (JVM options) and
# TRADESTAT_JAR (the -jar argument). Run: java "${TRADESTAT_JVM_OPTS[@]}" $JAVA_OPTS "${TRADESTAT_JAR[@]}" ARGS.
# JAVA_OPTS comes after, so an option given there wins.
#
# 1. A class-data-sharing archive (JDK CDS, as Spring Boot's documentation describes it). About half of a small
#    run is the JVM loading and verifying some 12,000 classes (Spring, Spring Batch, H2, POI, JFreeChart, Batik);
#    the archive holds them ready to map into memory. It is made once per build, in DIR: the jar is extracted (CDS
#    needs plain jars on the class path, not jars nested in a jar), then a training run over the shipped input/
#    records the classes a real run loads. If that fails, or the archive does not match the JVM or the jars, Java
#    starts without it. TRADESTAT_CDS=0 turns it off.
# 2. For small inputs (under 64 MB of CSV in the input folder), only the quick JIT compiler (C1). The optimising
#    compiler (C2) pays for itself on big inputs, but on two cores its compile threads take CPU from a short run:
#    measured on the project's machine, 1,000 lines took 2.8 s with C1 only and 4.5 s with both; 1M lines (46 MB)
#    12.6 s and 14.0 s; 10M lines (457 MB) 90 s and 63 s. The input is sized as the job reads it: files named *.csv
#    in any case, through symbolic links (a 10M-line file given as a link was once taken for an empty folder and ran
#    with C1 only: 91 s instead of 63 s). `java -jar` without this script runs with both compilers: full speed on a
#    big input; on a small one the job then keeps itself to C1 with a compiler directive (job/CompilerChoice.java),
#    which recovers part of the cost: on the 1k input 4.0 s, against 2.9 s with this option (5.7 s for the build
#    before, with neither; docs/scaling.md "Start-up"). TRADESTAT_SMALL_INPUT_BYTES sets the threshold, here and
#    in the job.
# 3. File names read as UTF-8 whatever the locale. Java reads command-line arguments and file names in the character
#    set of the locale it starts in (sun.jnu.encoding, fixed at start-up: -Dsun.jnu.encoding is ignored, and
#    -Dfile.encoding changes file contents only). Under cron's or a bare container's C/POSIX locale that is ASCII,
#    and input/trade-Қырғыз-한국.csv cannot be named. When the locale's character set is not UTF-8, LC_ALL is set to a
#    UTF-8 locale (C.UTF-8, else en_US.UTF-8) for Java.

tradestat_build_if_needed() {
    local project="$1" script="$2" jar="$1/target/tradestat.jar"
    if [ -f "$jar" ] && [ -z "$(find "$project/pom.xml" "$project/src/main" -newer "$jar" -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    echo "Building Tradestat (first run, or the sources changed)..." >&2
    # Debian's Maven 3.8.7 prints terminal colour resets even in batch mode: strip them from what the user sees.
    if ! (cd "$project" && mvn -q -B -Dstyle.color=never -DskipTests package 2>&1 \
            | sed -e 's/\x1b\[[0-9;]*m//g' >&2; exit "${PIPESTATUS[0]}"); then
        echo "$script: the build failed; see the Maven output above." >&2
        exit 1
    fi
}

TRADESTAT_SMALL_INPUT_BYTES="${TRADESTAT_SMALL_INPUT_BYTES:-$((64 * 1024 * 1024))}"

tradestat_utf8_locale() {
    if ! command -v locale >/dev/null 2>&1; then
        # no way to ask (a bare container): judge by the name; C.UTF-8 is built into glibc 2.35 and later
        case "${LC_ALL:-${LC_CTYPE:-${LANG:-}}}" in
            *[Uu][Tt][Ff]-8* | *[Uu][Tt][Ff]8*) ;;
            *) export LC_ALL=C.UTF-8 ;;
        esac
        return 0
    fi
    [ "$(locale charmap 2>/dev/null)" = UTF-8 ] && return 0
    local candidate
    for candidate in C.UTF-8 C.utf8 en_US.UTF-8 en_US.utf8; do
        if [ "$(LC_ALL="$candidate" locale charmap 2>/dev/null)" = UTF-8 ]; then
            export LC_ALL="$candidate"
            return 0
        fi
    done
    echo "Warning: no UTF-8 locale is installed (locale -a); input files whose names have letters beyond ASCII" \
        "will be skipped. Install one (Debian: apt-get install locales) or rename them." >&2
}

tradestat_prepare_launch() {
    local jar="$1" dir="$2"
    shift 2
    local project
    project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    tradestat_utf8_locale
    TRADESTAT_JVM_OPTS=(-Djava.awt.headless=true)
    TRADESTAT_JAR=(-jar "$jar")

    local input="input" previous=""
    for arg in "$@"; do
        case "$previous" in --input) input="$arg" ;; esac
        case "$arg" in --input=*) input="${arg#--input=}" ;; esac
        previous="$arg"
    done
    local bytes
    # A missing or unreadable input folder counts as empty here: the job itself says what is wrong with it (exit 2).
    # -L: a file given as a symbolic link counts with the size of what it points to, as the job reads it.
    bytes="$( { find -L "$input" -maxdepth 1 -type f -iname '*.csv' -printf '%s\n' 2>/dev/null || true; } \
        | awk '{ s += $1 } END { print s + 0 }')"
    if [ "$bytes" -lt "$TRADESTAT_SMALL_INPUT_BYTES" ]; then
        TRADESTAT_JVM_OPTS+=(-XX:TieredStopAtLevel=1)
    fi

    [ "${TRADESTAT_CDS:-1}" = 0 ] && return 0
    local app="$dir/tradestat.jar" archive="$dir/tradestat.jsa"
    if [ ! -f "$archive" ] || [ "$jar" -nt "$archive" ]; then
        echo "Preparing the start-up archive for this build (once, about 10 s)..." >&2
        rm -rf "$dir"
        local log
        log="$(java -Djarmode=tools -jar "$jar" extract --destination "$dir" --application-filename tradestat.jar 2>&1)" \
            || { echo "Could not extract $jar ($log); starting without the start-up archive." >&2; return 0; }
        local training
        training="$(mktemp -d "${TMPDIR:-/tmp}/tradestat-training.XXXXXX")"
        # The training run writes its report and database to a temporary folder, never to reports/ or data/.
        if env -u TRADESTAT_DB_URL -u TRADESTAT_DB_USER -u TRADESTAT_DB_PASSWORD \
                java -XX:ArchiveClassesAtExit="$archive.tmp" -Xlog:disable -Djava.awt.headless=true -jar "$app" \
                --date 2024-12-31 --input "$project/input" --output "$training/reports" \
                --db "jdbc:h2:file:$training/db/tradestat" >"$dir/training.log" 2>&1 && [ -s "$archive.tmp" ]; then
            mv "$archive.tmp" "$archive"
        else
            rm -f "$archive.tmp"
            echo "The training run for the start-up archive failed (see $dir/training.log); starting without it." >&2
        fi
        rm -rf "$training"
    fi
    if [ -f "$archive" ]; then
        # JVM messages (such as an archive that no longer matches) go to stderr, never into the job's own output.
        TRADESTAT_JVM_OPTS+=(-XX:SharedArchiveFile="$archive" -Xlog:disable -Xlog:all=warning:stderr)
        TRADESTAT_JAR=(-jar "$app")
    fi
}
