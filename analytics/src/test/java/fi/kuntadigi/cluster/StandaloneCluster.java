package fi.kuntadigi.cluster;

import fi.kuntadigi.cli.Kuntadigi;
import fi.kuntadigi.ingestion.spark.SparkSessions;
import fi.kuntadigi.operations.ExitCodes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 — a Master and a Worker as separate processes —
 * started from the project's own jars (a Spark home assembled from {@code target/lib}).
 * Closing it stops both processes and the executors the Worker started.
 */
final class StandaloneCluster implements AutoCloseable {

    private final Path sparkHome;
    private final Path logs;
    private final Path workerDir;
    private final List<Process> processes = new ArrayList<>();
    private final String masterUrl;

    private StandaloneCluster(Path sparkHome, Path logs, Path workerDir, int port) {
        this.sparkHome = sparkHome;
        this.logs = logs;
        this.workerDir = workerDir;
        this.masterUrl = "spark://127.0.0.1:" + port;
    }

    /** Assembles a Spark home from the module's runtime jars and starts one Master and one Worker. */
    static StandaloneCluster start(Path targetDir, Path work) throws Exception {
        Path home = sparkHome(targetDir, work.resolve("spark-home"));
        Path logs = Files.createDirectories(work.resolve("cluster-logs"));
        Path workerDir = Files.createDirectories(work.resolve("worker"));
        StandaloneCluster cluster = new StandaloneCluster(home, logs, workerDir, freePort());
        int masterUi = freePort();
        try {
            cluster.launch("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", cluster.masterUrl.substring(cluster.masterUrl.lastIndexOf(':') + 1),
                    "--webui-port", String.valueOf(masterUi));
            cluster.launch("worker", "org.apache.spark.deploy.worker.Worker", cluster.masterUrl, "--host", "127.0.0.1",
                    "--cores", "2", "--memory", "2g", "--webui-port", String.valueOf(freePort()),
                    "--work-dir", workerDir.toString());
            cluster.awaitAliveWorker(masterUi);
        } catch (Exception e) {
            cluster.close();
            throw e;
        }
        return cluster;
    }

    /** The Worker's work folder: one {@code app-*} folder per application it ran executors for. */
    Path workerDir() {
        return workerDir;
    }

    /**
     * Runs the batch command line ({@code bin/kuntadigi}'s main class) as a driver process with this Spark home's jars,
     * its jobs on this cluster; fails with the process's output unless it exits ok (with or without quarantine).
     */
    void kuntadigi(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SparkSessions.jvmOptions().split("\\s+")));
        command.addAll(List.of("-Xmx1g", "-cp", sparkHome.resolve("jars") + "/*", Kuntadigi.class.getName()));
        command.addAll(List.of(args));
        command.addAll(List.of("--master", masterUrl, "--conf", "spark.executor.memory=1g", "--conf", "spark.cores.max=2"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        int status = process.waitFor();
        if (status != ExitCodes.OK && status != ExitCodes.OK_WITH_QUARANTINE) {
            throw new AssertionError("kuntadigi " + String.join(" ", args) + " exited " + status + ":\n" + Files.readString(log));
        }
    }

    /** SPARK_HOME/jars holds every runtime jar of the application; RELEASE marks it as a binary distribution. */
    private static Path sparkHome(Path targetDir, Path home) throws IOException {
        Path jars = Files.createDirectories(home.resolve("jars"));
        try (Stream<Path> lib = Files.list(targetDir.resolve("lib"))) {
            for (Path jar : lib.toList()) {
                Files.createSymbolicLink(jars.resolve(jar.getFileName()), jar.toAbsolutePath());
            }
        }
        Path app = targetDir.resolve("kuntadigi-analytics.jar");
        Files.createSymbolicLink(jars.resolve(app.getFileName()), app.toAbsolutePath());
        Files.writeString(home.resolve("RELEASE"), "Spark from kuntadigi's own jars\n");
        return home;
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(SparkSessions.jvmOptions().split("\\s+")));
        command.addAll(List.of("-Xmx512m", "-cp", sparkHome.resolve("jars") + "/*", mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(logs.resolve(name + ".log").toFile());
        builder.environment().put("SPARK_HOME", sparkHome.toString());
        builder.environment().put("SPARK_SCALA_VERSION", "2.13");
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(builder.start());
    }

    /** Polls the Master's JSON status page until a Worker has registered. */
    private void awaitAliveWorker(int masterUi) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline) && processes.stream().allMatch(Process::isAlive)) {
            try {
                String status = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                if (status.replace(" ", "").contains("\"aliveworkers\":1")) {
                    return;
                }
            } catch (IOException notYet) {
                // the Master's web UI is not up yet
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("the Spark cluster did not start; see " + logs);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        List<Process> newestFirst = new ArrayList<>(processes);
        Collections.reverse(newestFirst);
        for (Process p : newestFirst) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
