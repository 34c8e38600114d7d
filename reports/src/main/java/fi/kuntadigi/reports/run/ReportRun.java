package fi.kuntadigi.reports.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.chromium.Chromium;
import fi.kuntadigi.dashboard.DashboardFigures;
import fi.kuntadigi.dashboard.DashboardServer;
import fi.kuntadigi.dashboard.Settings;
import fi.kuntadigi.dashboard.figures.FigureCatalog;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.RunRecords;
import fi.kuntadigi.operations.AlreadyRunningException;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.RunLock;
import fi.kuntadigi.operations.UnusableInputException;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.reports.chromium.PdfPrinter;
import fi.kuntadigi.reports.mail.MailSettings;
import fi.kuntadigi.reports.mail.PackMailer;
import fi.kuntadigi.reports.pack.PackContext;
import fi.kuntadigi.reports.pack.PackTexts;
import fi.kuntadigi.reports.pack.PrintRoutes;
import fi.kuntadigi.reports.pack.RoadmapSnapshot;
import fi.kuntadigi.reports.pack.SteeringPack;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One report run: checks that the marts are there and current, starts the dashboard on a loopback port and
 * Chromium, prints each report to PDF in a staging folder, mails the steering pack if asked, and publishes the
 * folder as {@code _reports/<run id>/} in one rename. A run that fails publishes nothing new (a mail failure
 * still publishes the PDFs it made, marked undelivered) and the earlier reports stay as they were. Every run
 * leaves its record in {@code _runs/<run id>.json}.
 */
public final class ReportRun {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String JOB = "report";

    /** How a run ended: the exit status (README's table), a one-line message, and the published folder if any. */
    public record Outcome(int exitCode, String message, Optional<Path> folder) {
    }

    private final ReportRequest request;
    private final Warehouse warehouse;
    private final Path reports;

    public ReportRun(ReportRequest request) {
        this.request = request;
        this.warehouse = new Warehouse(request.warehouse().toAbsolutePath());
        this.reports = ReportFiles.root(warehouse.root());
    }

    /** Runs and records the run; never throws for a failure it can name. */
    public Outcome run() {
        Instant started = Instant.now();
        Outcome outcome;
        ReportFiles.Manifest manifest = null;
        try (RunLock lock = RunLock.acquire(warehouse.locks(), JOB)) {
            Made made = make(started);
            manifest = made.manifest();
            outcome = made.outcome();
        } catch (AlreadyRunningException e) {
            outcome = new Outcome(ExitCodes.ALREADY_RUNNING, e.getMessage(), Optional.empty());
        } catch (UnusableInputException e) {
            outcome = new Outcome(ExitCodes.UNUSABLE_INPUT, e.getMessage() + "; the earlier reports are kept", Optional.empty());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = new Outcome(ExitCodes.INTERNAL_ERROR, "interrupted; the earlier reports are kept", Optional.empty());
        } catch (IOException | RuntimeException e) {
            outcome = new Outcome(ExitCodes.INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage()
                    + "; the earlier reports are kept", Optional.empty());
        }
        record(started, outcome, manifest);
        return outcome;
    }

    private record Made(ReportFiles.Manifest manifest, Outcome outcome) {
    }

    private Made make(Instant started) throws IOException, InterruptedException {
        MailSettings mail = request.mail() == null || !request.kinds().contains(ReportFiles.STEERING) ? null
                : MailSettings.load(request.mail());
        DataVersion version = checkMarts();
        if (request.ifNewData()) {
            Optional<Path> made = madeAlready(version);
            if (made.isPresent()) {
                return new Made(null, new Outcome(ExitCodes.OK, "nothing new: the reports of data version " + version.runId()
                        + " are in " + made.get(), made));
            }
        }
        Path staging = reports.resolve(".staging").resolve(request.runId());
        Path folder = reports.resolve(request.runId());
        if (Files.exists(folder)) {
            throw new UnusableInputException(folder + " exists already: a report run id is used once");
        }
        Files.createDirectories(staging);
        try {
            List<ReportFiles.Report> files = print(staging, version, started);
            ReportFiles.Manifest manifest = new ReportFiles.Manifest(request.runId(), version.runId(),
                    version.publishedAt().toString(), started.toString(), files, null);
            Outcome outcome = new Outcome(ExitCodes.OK, files.size() + " reports in " + folder, Optional.of(folder));
            if (mail != null) {
                ReportFiles.Delivery delivery = mail(mail, staging, files, version);
                manifest = manifest.withMail(delivery);
                if (delivery.status().equals(ReportFiles.Delivery.FAILED)) {
                    outcome = new Outcome(ExitCodes.INTERNAL_ERROR, "the mail server refused the steering pack: "
                            + delivery.message() + " (the PDFs are in " + folder + ")", Optional.of(folder));
                } else {
                    outcome = new Outcome(ExitCodes.OK, outcome.message() + "; the steering pack mailed to "
                            + String.join(", ", delivery.to()), Optional.of(folder));
                }
            }
            JSON.writeValue(staging.resolve(ReportFiles.MANIFEST).toFile(), manifest);
            Files.move(staging, folder, StandardCopyOption.ATOMIC_MOVE);
            return new Made(manifest, outcome);
        } catch (FileAlreadyExistsException e) {
            throw new UnusableInputException(folder + " exists already: a report run id is used once");
        } finally {
            deleteTree(staging);
        }
    }

    /** The analyze run and publication time of the newest mart the reports read. */
    private record DataVersion(String runId, Instant publishedAt) {
    }

    /** Every mart the reports read must be there and computed after the latest data load. */
    private DataVersion checkMarts() {
        FigureCatalog catalog = DashboardFigures.catalog();
        List<String> ids = new ArrayList<>();
        if (request.kinds().contains(ReportFiles.STEERING)) {
            ids.addAll(SteeringPack.figureIds());
        }
        ids.add("roadmap.plain");
        List<String> marts = ids.stream().flatMap(id -> catalog.get(id).marts().stream()).distinct().toList();
        Freshness freshness = new Freshness(warehouse, new RunRecords(warehouse));
        freshness.check(marts).ifPresent(problem -> {
            throw new UnusableInputException(problem.kind() == Freshness.Kind.MISSING
                    ? "mart " + problem.mart() + " is missing from " + warehouse.root() + ": run 'bin/kuntadigi analyze' first"
                    : "mart " + problem.mart() + " was computed before the latest data load: run 'bin/kuntadigi analyze' first");
        });
        DataVersion newest = null;
        for (String mart : marts) {
            Optional<Instant> at = freshness.publishedAt(mart);
            if (at.isPresent() && (newest == null || at.get().isAfter(newest.publishedAt()))) {
                newest = new DataVersion(manifestRunId(mart), at.get());
            }
        }
        if (newest == null) {
            throw new UnusableInputException("the marts in " + warehouse.root() + " have no manifests: run 'bin/kuntadigi analyze' first");
        }
        return newest;
    }

    private String manifestRunId(String mart) {
        try {
            return JSON.readTree(warehouse.mart(mart).resolve(Warehouse.MANIFEST).toFile()).path("run_id").asText();
        } catch (IOException e) {
            throw new UnusableInputException(warehouse.mart(mart).resolve(Warehouse.MANIFEST) + " cannot be read: " + e.getMessage());
        }
    }

    private List<ReportFiles.Report> print(Path staging, DataVersion version, Instant generatedAt)
            throws IOException, InterruptedException {
        Map<Lang, PackContext> contexts = new EnumMap<>(Lang.class);
        for (Lang lang : request.langs()) {
            contexts.put(lang, new PackContext(version.runId(), version.publishedAt(), generatedAt, previousSnapshot(lang)));
        }
        PrintRoutes routes = new PrintRoutes(contexts);
        List<ReportFiles.Report> files = new ArrayList<>();
        Path profile = Files.createTempDirectory("kuntadigi-chromium");
        try (DashboardServer server = DashboardServer.start(new Settings(warehouse.root(), "127.0.0.1", 0, null), routes);
             Chromium chromium = Chromium.start(profile, "--hide-scrollbars")) {
            PdfPrinter printer = new PdfPrinter(chromium);
            String origin = "http://127.0.0.1:" + server.port();
            for (Lang lang : request.langs()) {
                PackTexts t = PackTexts.of(lang);
                String footer = Footer.html(t.format("pack.source", version.runId()), t.get("pack.page"));
                if (request.kinds().contains(ReportFiles.STEERING)) {
                    String name = "steering-" + lang.code() + ".pdf";
                    String title = t.get("pack.title") + " – " + t.get("pack.region").split(":")[0];
                    byte[] pdf = printer.print(URI.create(origin + routes.steering(lang)), footer);
                    files.add(write(staging, name, pdf, ReportFiles.STEERING, lang, null, title));
                    JSON.writeValue(staging.resolve(snapshotName(lang)).toFile(), routes.pack().snapshot(lang, version.runId()));
                }
                if (request.kinds().contains(ReportFiles.OFFICIALS)) {
                    Map<String, String> municipalities = routes.municipalities(lang);
                    if (request.municipality() != null && !municipalities.containsKey(request.municipality())) {
                        throw new UnusableInputException("--municipality " + request.municipality() + " is not one of "
                                + String.join(", ", municipalities.keySet()));
                    }
                    for (Map.Entry<String, String> m : municipalities.entrySet()) {
                        if (request.municipality() != null && !request.municipality().equals(m.getKey())) {
                            continue;
                        }
                        byte[] pdf = printer.print(URI.create(origin + "/officials?municipality=" + m.getKey() + "&lang=" + lang.code()), footer);
                        files.add(write(staging, "officials-" + m.getKey() + "-" + lang.code() + ".pdf", pdf, ReportFiles.OFFICIALS,
                                lang, m.getKey(), t.format("officials.title", m.getValue())));
                    }
                }
            }
        } finally {
            deleteTree(profile);
        }
        return files;
    }

    private static ReportFiles.Report write(Path staging, String name, byte[] pdf, String kind, Lang lang, String municipality,
                                            String title) throws IOException {
        Path file = staging.resolve(name);
        int pages = PdfMetadata.complete(pdf, title, lang.code(), file);
        return new ReportFiles.Report(name, kind, lang.code(), municipality, title, pages, sha256(file));
    }

    private static String snapshotName(Lang lang) {
        return "steering-" + lang.code() + ".roadmap.json";
    }

    /** An earlier run's folder holding every requested report of this data version. */
    private Optional<Path> madeAlready(DataVersion version) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(reports)) {
            for (Path run : runs.filter(p -> Files.isRegularFile(p.resolve(ReportFiles.MANIFEST))).toList()) {
                ReportFiles.Manifest m = JSON.readValue(run.resolve(ReportFiles.MANIFEST).toFile(), ReportFiles.Manifest.class);
                boolean all = request.kinds().stream().allMatch(kind -> request.langs().stream().allMatch(lang ->
                        m.files().stream().anyMatch(f -> f.kind().equals(kind) && f.lang().equals(lang.code()))));
                if (version.runId().equals(m.dataVersion()) && all) {
                    return Optional.of(run);
                }
            }
        }
        return Optional.empty();
    }

    /** The roadmap as the newest earlier pack in the language saw it. */
    private Optional<RoadmapSnapshot> previousSnapshot(Lang lang) throws IOException {
        if (!Files.isDirectory(reports)) {
            return Optional.empty();
        }
        try (Stream<Path> runs = Files.list(reports)) {
            Optional<Path> newest = runs.filter(p -> !p.getFileName().toString().startsWith("."))
                    .map(p -> p.resolve(snapshotName(lang))).filter(Files::isRegularFile)
                    .max(Comparator.comparing(p -> p.getParent().getFileName().toString()));
            if (newest.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(JSON.readValue(newest.get().toFile(), RoadmapSnapshot.class));
        }
    }

    private ReportFiles.Delivery mail(MailSettings settings, Path staging, List<ReportFiles.Report> files, DataVersion version) {
        List<Path> packs = files.stream().filter(f -> f.kind().equals(ReportFiles.STEERING)).map(f -> staging.resolve(f.file())).toList();
        PackTexts t = PackTexts.of(request.langs().get(0));
        try {
            new PackMailer(settings).send(t.get("pack.title") + " (" + version.runId() + ")",
                    t.format("pack.version", version.runId(), version.publishedAt().toString()), packs);
            return new ReportFiles.Delivery(settings.recipients(), ReportFiles.Delivery.SENT, null);
        } catch (MessagingException e) {
            String why = e.getMessage() + (e.getNextException() != null ? " (" + e.getNextException().getMessage() + ")" : "");
            return new ReportFiles.Delivery(settings.recipients(), ReportFiles.Delivery.FAILED,
                    settings.host() + ":" + settings.port() + ": " + why.strip());
        }
    }

    /** The run record ({@code _runs/<run id>.json}) and, unless the caller records it, the run-history line. */
    private void record(Instant started, Outcome outcome, ReportFiles.Manifest manifest) {
        Instant finished = Instant.now();
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("run_id", request.runId());
        record.put("job", JOB);
        record.put("status", outcome.exitCode() == ExitCodes.OK ? "succeeded" : "failed");
        record.put("started_at", started.toString());
        record.put("finished_at", finished.toString());
        record.put("exit_code", outcome.exitCode());
        record.put("message", outcome.message());
        if (manifest != null) {
            record.put("reports", manifest);
        }
        try {
            Files.createDirectories(warehouse.runs());
            JSON.writeValue(warehouse.runs().resolve(request.runId() + ".json").toFile(), record);
        } catch (IOException e) {
            System.err.println("kuntadigi report: cannot write the run record: " + e.getMessage());
        }
        if (!request.recorded()) {
            new RunHistory(warehouse.runs().resolve("history.jsonl")).append(new Attempt(JOB, 1, request.runId(),
                    started.toString(), finished.toString(), outcome.exitCode(),
                    outcome.exitCode() == ExitCodes.OK ? Attempt.SUCCEEDED : Attempt.FAILED, outcome.message()));
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static JsonNode readJson(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
