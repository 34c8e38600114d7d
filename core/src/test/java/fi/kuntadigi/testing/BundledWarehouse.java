package fi.kuntadigi.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The warehouse the real batch jobs ({@code ingest}, then {@code analyze}, each a process of the batch command line)
 * build from the bundled {@code datasets/}, built once per build by whichever test needs it first (analytics'
 * {@code ClusterWarehouseIT}, the notebooks', the reports') and shared by them all. It is kept at
 * {@code analytics/target/bundled-warehouse} with a stamp of what it was built from — the compiled code and resources
 * of core, ingestion and analytics, their poms and every file under {@code datasets/} — and used again only while the
 * stamp matches, so a change to any of them builds it anew. Each test class gets its own copy (links kept as links),
 * so tests that write into a warehouse (reports, run records) never disturb the others.
 */
public final class BundledWarehouse {

    private static final List<String> CODE = List.of("core", "ingestion", "analytics");

    /** The project's root as a module's tests are given it ({@code -Dkuntadigi.root}; else the module's parent folder). */
    public static final Path ROOT = Path.of(System.getProperty("kuntadigi.root", "..")).toAbsolutePath().normalize();

    private static Path ofThisJvm;

    private BundledWarehouse() {
    }

    /**
     * This test JVM's own copy, made once, in the module's {@code target/test-warehouse} (the batch processes get
     * {@code -Dkuntadigi.spark.jvm.options}); with {@code -Dkuntadigi.test.warehouse=DIR} a warehouse built before
     * instead (e.g. {@code warehouse}).
     */
    public static synchronized Path ofThisJvm() throws IOException, InterruptedException {
        if (ofThisJvm == null) {
            String given = System.getProperty("kuntadigi.test.warehouse", "");
            ofThisJvm = given.isBlank()
                    ? copy(ROOT, Path.of("target", "test-warehouse").toAbsolutePath(), System.getProperty("kuntadigi.spark.jvm.options", ""))
                    : Path.of(given).toAbsolutePath();
        }
        return ofThisJvm;
    }

    /**
     * A fresh copy of the shared warehouse at {@code copy} (replacing what was there), after building the shared one
     * unless its stamp is current; the batch processes get the JVM options given (Spark's openings).
     */
    public static synchronized Path copy(Path root, Path copy, String jvmOptions) throws IOException, InterruptedException {
        Path lockFile = Files.createDirectories(target(root)).resolve("bundled-warehouse.lock");
        try (FileChannel lock = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            lock.lock(); // against the other modules' test JVMs, released when the channel closes
            String stamp = stamp(root);
            if (!stamp.equals(readStamp(root))) {
                Path building = Files.createDirectories(target(root)).resolve("bundled-warehouse.building");
                deleteTree(building);
                build(root, building, jvmOptions);
                Files.deleteIfExists(stampFile(root));
                deleteTree(shared(root));
                Files.move(building, shared(root));
                Files.writeString(stampFile(root), stamp + "\n");
            }
            deleteTree(copy);
            copyTree(shared(root), copy);
            return copy;
        }
    }

    /** {@code ingest}, then {@code analyze}, each a process of the batch command line from analytics' packaged jar. */
    private static void build(Path root, Path warehouse, String jvmOptions) throws IOException, InterruptedException {
        Path analytics = target(root);
        for (String command : List.of("ingest", "analyze")) {
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.add("-Xmx2g");
            cmd.addAll(List.of(jvmOptions.trim().split("\\s+")));
            cmd.addAll(List.of("-cp", analytics.resolve("kuntadigi-analytics.jar") + File.pathSeparator
                    + analytics.resolve("lib") + "/*", "fi.kuntadigi.cli.Kuntadigi", command,
                    "--datasets", absolute(root).resolve("datasets").toString(), "--warehouse", warehouse.toString()));
            cmd.removeIf(String::isEmpty);
            Path log = warehouse.resolveSibling("bundled-warehouse-" + command + ".log");
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IllegalStateException("kuntadigi " + command + " failed, see " + log);
            }
        }
    }

    private static Path target(Path root) {
        return absolute(root).resolve("analytics").resolve("target");
    }

    private static Path absolute(Path root) {
        return root.toAbsolutePath().normalize();
    }

    private static Path shared(Path root) {
        return target(root).resolve("bundled-warehouse");
    }

    private static Path stampFile(Path root) {
        return target(root).resolve("bundled-warehouse.stamp");
    }

    private static String readStamp(Path root) throws IOException {
        Path file = stampFile(root);
        return Files.isRegularFile(file) && Files.isDirectory(shared(root)) ? Files.readString(file).strip() : "";
    }

    /** SHA-256 over the relative path and bytes of every file the warehouse is built from. */
    static String stamp(Path given) throws IOException {
        Path root = absolute(given);
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        List<Path> inputs = new ArrayList<>(List.of(root.resolve("pom.xml"), root.resolve("datasets")));
        for (String module : CODE) {
            inputs.add(root.resolve(module).resolve("pom.xml"));
            inputs.add(root.resolve(module).resolve("target").resolve("classes"));
        }
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                sha.update(("missing " + root.relativize(input) + "\n").getBytes(StandardCharsets.UTF_8));
                continue;
            }
            try (Stream<Path> files = Files.walk(input)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    sha.update((root.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
                    sha.update(Files.readAllBytes(file));
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Deletes a folder tree without following links. */
    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
