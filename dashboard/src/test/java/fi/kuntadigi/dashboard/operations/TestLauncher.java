package fi.kuntadigi.dashboard.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A shell script standing in for {@code bin/kuntadigi} in the tests (as the scheduler's own tests
 * use a shell): for {@code ingest}/{@code analyze} it writes what a run writes — a JSON-lines log
 * and a run record under the warehouse's {@code _runs/} — waits a little and exits 3 (published
 * with quarantined rows); other commands exit 0. {@code inbox} is handed to the real command line
 * ({@code analytics/target}), so the dry run is the real one.
 */
public final class TestLauncher {

    /** The real command line, built by the analytics module: its jar, libraries and JVM options. */
    static final Path ANALYTICS_JAR = Path.of("../analytics/target/kuntadigi-analytics.jar").toAbsolutePath().normalize();
    static final Path ANALYTICS_LIB = Path.of("../analytics/target/lib").toAbsolutePath().normalize();
    static final Path JVM_OPTIONS = Path.of("../ingestion/target/classes/kuntadigi/jvm.options").toAbsolutePath().normalize();

    private TestLauncher() {
    }

    public static boolean realCommandLineBuilt() {
        return Files.isRegularFile(ANALYTICS_JAR) && Files.isDirectory(ANALYTICS_LIB) && Files.isRegularFile(JVM_OPTIONS);
    }

    public static List<String> write(Path dir, double seconds) throws IOException {
        Path script = dir.resolve("kuntadigi-test.sh");
        Files.writeString(script, """
                #!/bin/sh
                if [ "$1" = inbox ]; then
                  exec java $(cat '%s') -Xmx768m -cp '%s:%s/*' fi.kuntadigi.cli.Kuntadigi "$@"
                fi
                job="$1"; warehouse=""; run=""
                while [ $# -gt 0 ]; do
                  case "$1" in
                    --warehouse) warehouse="$2"; shift ;;
                    --run-id) run="$2"; shift ;;
                  esac
                  shift
                done
                if [ -z "$warehouse" ] || [ -z "$run" ]; then exit 0; fi
                mkdir -p "$warehouse/_runs"
                log="$warehouse/_runs/$run.log.jsonl"
                echo "{\\"ts\\":\\"$(date -u +%%Y-%%m-%%dT%%H:%%M:%%SZ)\\",\\"run_id\\":\\"$run\\",\\"event\\":\\"run_started\\",\\"job\\":\\"$job\\"}" >> "$log"
                echo "{\\"run_id\\":\\"$run\\",\\"job\\":\\"$job\\",\\"status\\":\\"running\\"}" > "$warehouse/_runs/$run.json"
                sleep %s
                echo "{\\"ts\\":\\"$(date -u +%%Y-%%m-%%dT%%H:%%M:%%SZ)\\",\\"run_id\\":\\"$run\\",\\"event\\":\\"dataset_loaded\\",\\"dataset\\":\\"cost_lines\\",\\"rows_quarantined\\":1}" >> "$log"
                echo "{\\"ts\\":\\"$(date -u +%%Y-%%m-%%dT%%H:%%M:%%SZ)\\",\\"run_id\\":\\"$run\\",\\"event\\":\\"run_published\\",\\"rows_quarantined\\":1}" >> "$log"
                echo "{\\"run_id\\":\\"$run\\",\\"job\\":\\"$job\\",\\"status\\":\\"succeeded\\",\\"datasets\\":[{\\"dataset\\":\\"cost_lines\\",\\"rows_read\\":18,\\"rows_published\\":17,\\"rows_quarantined\\":1}]}" > "$warehouse/_runs/$run.json"
                echo "Run $run succeeded"
                exit 3
                """.formatted(JVM_OPTIONS, ANALYTICS_JAR, ANALYTICS_LIB, seconds));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return List.of(script.toString());
    }
}
