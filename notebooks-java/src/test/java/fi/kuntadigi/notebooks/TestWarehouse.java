package fi.kuntadigi.notebooks;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The warehouse the real batch jobs build from the bundled {@code datasets/}, once per test JVM: the CLI
 * ({@code ingest}, then {@code analyze}) runs in a forked process from the analytics module's packaged jar.
 */
final class TestWarehouse {

    static final Path ROOT = Path.of(System.getProperty("kuntadigi.root", "..")).toAbsolutePath().normalize();
    private static Path built;

    private TestWarehouse() {
    }

    /** The built warehouse. */
    static synchronized Path get() throws IOException, InterruptedException {
        if (built == null) {
            Path dir = Path.of("target", "test-warehouse").toAbsolutePath();
            deleteTree(dir);
            for (String command : List.of("ingest", "analyze")) {
                run(command, dir);
            }
            built = dir;
        }
        return built;
    }

    private static void run(String command, Path warehouse) throws IOException, InterruptedException {
        Path analytics = ROOT.resolve("analytics").resolve("target");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx2g");
        cmd.addAll(List.of(System.getProperty("kuntadigi.spark.jvm.options", "").trim().split("\\s+")));
        cmd.addAll(List.of("-cp", analytics.resolve("kuntadigi-analytics.jar") + File.pathSeparator
                + analytics.resolve("lib") + "/*", "fi.kuntadigi.cli.Kuntadigi", command,
                "--datasets", ROOT.resolve("datasets").toString(), "--warehouse", warehouse.toString()));
        cmd.removeIf(String::isEmpty);
        Path log = warehouse.resolveSibling("test-warehouse-" + command + ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("kuntadigi " + command + " failed, see " + log);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
