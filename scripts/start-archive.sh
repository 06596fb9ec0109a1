# Sourced by run-report.sh and bench.sh: how to start a Tradestat jar quickly.
#
# About half of a small run is the JVM loading and verifying some 12,000 classes (Spring, Spring Batch, H2, POI,
# JFreeChart, Batik). A class-data-sharing archive (JDK CDS, as Spring Boot's documentation describes it) holds
# them ready to map into memory. It is made once per build: the jar is extracted (CDS needs plain jars on the class
# path, not jars nested in a jar), then a training run over the shipped input/ records the classes a real run
# loads. If anything in that fails, or the archive does not match the JVM or the jars, Java starts without it.
#
# tradestat_prepare_launch JAR DIR sets the array TRADESTAT_LAUNCH to the java arguments that run JAR, using an
# archive kept in DIR (made there when missing or older than JAR). TRADESTAT_CDS=0 turns the archive off.

tradestat_prepare_launch() {
    local jar="$1" dir="$2"
    local project
    project="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    TRADESTAT_LAUNCH=(-jar "$jar")
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
        TRADESTAT_LAUNCH=(-XX:SharedArchiveFile="$archive" -Xlog:disable -Xlog:all=warning:stderr -jar "$app")
    fi
}
