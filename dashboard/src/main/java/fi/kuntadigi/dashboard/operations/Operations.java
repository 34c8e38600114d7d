package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;

import com.fasterxml.jackson.databind.JsonNode;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.auth.Session;
import fi.kuntadigi.dashboard.data.Json;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.views.Layout;
import fi.kuntadigi.dashboard.views.Page;
import fi.kuntadigi.operations.ExitCodes;
import fi.kuntadigi.operations.inbox.Inbox;
import fi.kuntadigi.operations.schedule.Attempt;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import fi.kuntadigi.operations.schedule.Scheduler;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import j2html.tags.DomContent;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The batch jobs in the dashboard, for analysts: the run history (page and API), starting a run
 * and watching it, uploading an export into the inbox with its dry run, and — with
 * {@code serve --schedule} — the scheduler itself. Jobs are always {@code bin/kuntadigi}
 * processes: Spark stays out of the dashboard.
 */
public final class Operations implements AutoCloseable {

    /** Names the inbox gives stored exports. */
    private static final Pattern STORED = Pattern.compile("\\d{8}-\\d{6}-[0-9a-f]{6}\\.(csv|xlsx)");
    private static final int HISTORY_ROWS = 50;
    private static final DateTimeFormatter NEXT_RUN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    /** Room for the multipart framing and the form's other fields around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final OperationsSettings settings;
    private final Access access;
    private final RunFiles runs;
    private final ManualRuns manual;
    private final DryRuns dryRuns;
    private final ServeScheduler scheduler;

    private Operations(OperationsSettings settings, Access access, RunFiles runs, ManualRuns manual, DryRuns dryRuns,
                       ServeScheduler scheduler) {
        this.settings = settings;
        this.access = access;
        this.runs = runs;
        this.manual = manual;
        this.dryRuns = dryRuns;
        this.scheduler = scheduler;
    }

    /** Wires the parts; starts the scheduler when the settings ask for it (failing on a bad schedule file). */
    public static Operations create(Path warehouseRoot, OperationsSettings settings, Access access) {
        Warehouse warehouse = new Warehouse(warehouseRoot);
        RunHistory history = new RunHistory(warehouse.runs().resolve("history.jsonl"));
        RunFiles runs = new RunFiles(warehouse, history);
        JobCommands commands = new JobCommands(settings.launcher(), warehouseRoot, settings.datasets(), settings.inbox());
        ManualRuns manual = new ManualRuns(commands, warehouse.locks(), runs.outputDir(), history);
        ServeScheduler scheduler = settings.schedule()
                ? ServeScheduler.start(settings.scheduleConfig(), commands, runs.outputDir(), history) : null;
        return new Operations(settings, access, runs, manual, new DryRuns(commands, settings.inbox()), scheduler);
    }

    /**
     * Server settings and the upload's size check. Call before the CSRF check is installed: an
     * upload too large is refused by its length, before its body is read.
     */
    public void configure(JavalinConfig config) {
        long max = settings.maxUploadBytes();
        config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(max + FORM_OVERHEAD, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize(1 << 20, SizeUnit.BYTES);
        config.routes.before("/data/uploads", ctx -> {
            if (ctx.method() != io.javalin.http.HandlerType.POST) {
                return;
            }
            access.require(ctx, Role.ANALYST);
            long length = ctx.req().getContentLengthLong();
            if (length > max + FORM_OVERHEAD) {
                throw new Rejected(HttpStatus.CONTENT_TOO_LARGE, "too_large", null);
            }
            try {
                ctx.formParamMap(); // reads the parts: the server's size limit stops a body too large while it streams in
            } catch (Exception e) {
                throw tooLargeOr(e);
            }
        });
    }

    /** The routes: pages under {@code /data/…}, JSON under {@code /api/runs/…}. */
    public void register(RoutesConfig routes) {
        routes.get("/api/runs/history", ctx -> {
            access.require(ctx, Role.ANALYST);
            int limit = parseLimit(ctx.queryParam("limit"));
            ctx.json(Map.of("runs", runs.newestFirst(limit)));
        });
        routes.get("/api/runs/{id}", ctx -> {
            access.require(ctx, Role.ANALYST);
            Lang lang = lang(ctx);
            ctx.json(progressJson(ctx.pathParam("id"), Messages.of(lang)));
        });
        routes.post("/data/runs", this::startRun);
        routes.get("/data/runs/{id}", ctx -> {
            if (redirectToLogin(ctx)) {
                return;
            }
            runPage(ctx);
        });
        routes.get("/data/runs/{id}/progress", ctx -> {
            access.require(ctx, Role.ANALYST);
            Page page = page(ctx);
            Progress progress = progress(ctx.pathParam("id"));
            ctx.html(OperationsHtml.progress(page, ctx.pathParam("id"), progress.steps, progress.done).render());
        });
        routes.post("/data/uploads", this::upload);
        routes.get("/data/uploads/{dataset}/{file}", ctx -> {
            if (redirectToLogin(ctx)) {
                return;
            }
            dryRunPage(ctx);
        });
        routes.exception(Rejected.class, (e, ctx) -> {
            ctx.status(e.status);
            Page page = page(ctx);
            Messages m = page.messages();
            boolean start = e.kind.equals("already_running") || e.kind.equals("unavailable");
            String title = m.get(start ? "ops.start.refused.title" : "ops.upload.rejected");
            String text = e.kind.equals("already_running") ? m.format("ops.start.refused", e.detail)
                    : start ? m.get("ops.start.unavailable")
                    : m.format("ops.upload." + e.kind, settings.maxUploadBytes() >> 20, e.detail);
            List<DomContent> content = new ArrayList<>();
            content.add(h1(title));
            content.add(p(text).withClass("error").attr("role", "alert").withId("ops-error"));
            if (e.detail != null && !start && !e.kind.equals("unknown_dataset")) {
                content.add(p(m.format("ops.upload.detail", e.detail)));
            }
            content.add(OperationsHtml.back(page));
            ctx.html(Layout.render(page, title, content.toArray(DomContent[]::new)));
        });
    }

    /** What the data-and-jobs view shows after its figures. */
    public List<DomContent> dataPanel(Page page) {
        List<DomContent> parts = new ArrayList<>();
        if (scheduler != null) {
            ZonedDateTime now = ZonedDateTime.now(Scheduler.ZONE);
            parts.add(OperationsHtml.schedulerNotice(page, scheduler.jobs().stream()
                    .map(j -> page.messages().format("ops.scheduler.job", j.name(), j.cron(),
                            Scheduler.nextRun(j, now).map(t -> t.format(NEXT_RUN))
                                    .orElse("–"))).toList()));
        }
        parts.add(OperationsHtml.startForm(page, settings));
        parts.add(OperationsHtml.uploadForm(page, settings));
        parts.add(OperationsHtml.waiting(page, waiting()));
        parts.add(OperationsHtml.history(page, runs.newestFirst(HISTORY_ROWS)));
        return parts;
    }

    /** The exports waiting in the inbox by dataset, stored names only (those the inbox gave). */
    private Map<String, List<String>> waiting() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        Inbox inbox = new Inbox(settings.inbox(), settings.maxUploadBytes());
        for (DatasetSchema d : Datasets.all()) {
            List<String> names = inbox.pending(d.name()).stream().map(f -> f.getFileName().toString())
                    .filter(n -> STORED.matcher(n).matches()).toList();
            if (!names.isEmpty()) {
                out.put(d.name(), names);
            }
        }
        return out;
    }

    /** A refusal shown to the analyst as a page: what was refused and why. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final HttpStatus status;
        final String kind;
        final String detail;

        Rejected(HttpStatus status, String kind, String detail) {
            super(kind + (detail == null ? "" : ": " + detail));
            this.status = status;
            this.kind = kind;
            this.detail = detail;
        }
    }

    /** A multipart body that broke the server's size limit while streaming is "too large"; anything else is not a form. */
    private static RuntimeException tooLargeOr(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max file size exceeded") || message.contains("max length exceeded")
                    || message.contains("maxRequestSize") || message.contains("max request size")) {
                return new Rejected(HttpStatus.CONTENT_TOO_LARGE, "too_large", null);
            }
        }
        return new io.javalin.http.BadRequestResponse("not a multipart form: " + e.getMessage());
    }

    private void startRun(Context ctx) {
        access.require(ctx, Role.ANALYST);
        Lang lang = lang(ctx);
        ManualRuns.Choice choice = ManualRuns.Choice.parse(ctx.formParam("job"))
                .orElseThrow(() -> new io.javalin.http.BadRequestResponse("job must be ingest, analyze or both"));
        if (!settings.canLaunch()) {
            throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null);
        }
        ManualRuns.Run run;
        try {
            run = manual.start(choice, access.session(ctx).user());
        } catch (ManualRuns.AlreadyRunning e) {
            throw new Rejected(HttpStatus.CONFLICT, "already_running", e.getMessage());
        }
        ctx.redirect("/data/runs/" + run.id + "?lang=" + lang.code(), HttpStatus.SEE_OTHER);
    }

    private void upload(Context ctx) {
        access.require(ctx, Role.ANALYST);
        Lang lang = lang(ctx);
        String dataset = ctx.formParam("dataset");
        if (dataset == null || Datasets.byName(dataset).isEmpty()) {
            throw new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "unknown_dataset", String.valueOf(dataset));
        }
        UploadedFile file = ctx.uploadedFile("export");
        if (file == null) {
            throw new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "no_file", null);
        }
        Inbox.Received received;
        try (InputStream in = file.content()) {
            received = new Inbox(settings.inbox(), settings.maxUploadBytes()).receive(dataset, file.filename(), in);
        } catch (Inbox.Refused e) {
            throw switch (e.reason()) {
                case TOO_LARGE -> new Rejected(HttpStatus.CONTENT_TOO_LARGE, "too_large", e.getMessage());
                case EMPTY -> new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "empty", e.getMessage());
                case NOT_AN_EXPORT -> new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "wrong_type", e.getMessage());
                case UNKNOWN_DATASET -> new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "unknown_dataset", dataset);
            };
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ctx.redirect("/data/uploads/" + dataset + "/" + received.file() + "?lang=" + lang.code(), HttpStatus.SEE_OTHER);
    }

    private void dryRunPage(Context ctx) {
        Page page = page(ctx);
        Messages m = page.messages();
        String dataset = ctx.pathParam("dataset");
        String file = ctx.pathParam("file");
        if (Datasets.byName(dataset).isEmpty() || !STORED.matcher(file).matches()) {
            throw new NotFoundResponse("no such upload");
        }
        Path stored = settings.inbox().resolve(dataset).resolve(file);
        String title = m.format("ops.dry.title", dataset);
        List<DomContent> content = new ArrayList<>();
        content.add(h1(title));
        if (!Files.isRegularFile(stored)) {
            content.add(p(m.format("ops.dry.missing", file)).attr("role", "status"));
        } else {
            Optional<JsonNode> meta = Json.read(stored.resolveSibling(file + ".json"));
            content.add(p(m.format("ops.dry.stored", file, meta.map(n -> n.path("original_name").asText()).orElse("–"))));
            DryRuns.Result result = dryRuns.check(dataset, file);
            if (result.check() == null) {
                content.add(p(m.format("ops.dry.failed", result.problem())).withClass("error").attr("role", "alert"));
            } else {
                content.addAll(OperationsHtml.dryRun(page, result.check()));
            }
            content.add(OperationsHtml.startForm(page, settings));
        }
        content.add(OperationsHtml.back(page));
        ctx.html(Layout.render(page, title, content.toArray(DomContent[]::new)));
    }

    private void runPage(Context ctx) {
        Page page = page(ctx);
        Messages m = page.messages();
        String id = ctx.pathParam("id");
        Progress progress = progress(id);
        if (progress.steps.isEmpty()) {
            ctx.status(HttpStatus.NOT_FOUND);
        }
        String title = m.format("ops.run.title", id);
        List<DomContent> content = new ArrayList<>();
        content.add(h1(title));
        if (progress.steps.isEmpty()) {
            content.add(p(m.format("ops.run.unknown", id)));
        } else {
            content.add(p(OperationsHtml.status(m, progress.steps, progress.done)).withId("run-live").attr("role", "status"));
            if (!progress.done) {
                content.add(p(m.get("ops.run.auto")).withClass("desc"));
            }
            content.add(OperationsHtml.progress(page, id, progress.steps, progress.done));
            if (!progress.done) {
                content.add(p(j2html.TagCreator.a(m.get("ops.run.refresh")).withHref(page.plainLink("/data/runs/" + id))));
                content.add(script().withSrc(OperationsHtml.SCRIPT).attr("defer"));
            }
        }
        content.add(OperationsHtml.back(page));
        ctx.html(Layout.render(page, title, content.toArray(DomContent[]::new)));
    }

    /** The steps of a run: a run started here knows them all; any other run is one step from the files. */
    private record Progress(List<OperationsHtml.StepView> steps, boolean done) {
    }

    private Progress progress(String id) {
        if (!RunFiles.validId(id)) {
            return new Progress(List.of(), true);
        }
        Optional<ManualRuns.Run> started = manual.find(id);
        if (started.isPresent()) {
            List<OperationsHtml.StepView> steps = new ArrayList<>();
            for (ManualRuns.Step s : started.get().steps) {
                steps.add(step(s.job, s.runId, s.state, s.exitCode));
            }
            return new Progress(steps, started.get().done());
        }
        Optional<Attempt> attempt = runs.attempt(id);
        if (attempt.isPresent()) {
            Attempt a = attempt.get();
            return new Progress(List.of(step(a.job(), id, ManualRuns.FINISHED, a.exitCode())), true);
        }
        Optional<JsonNode> record = runs.record(id);
        if (record.isPresent()) {
            String status = Json.text(record.get(), "status");
            boolean running = "running".equals(status);
            String job = Json.text(record.get(), "job");
            Integer code = running ? null : "succeeded".equals(status) ? (record.get().path("datasets").findValues(
                    "rows_quarantined").stream().anyMatch(n -> n.asLong() > 0) ? ExitCodes.OK_WITH_QUARANTINE : ExitCodes.OK)
                    : ExitCodes.INTERNAL_ERROR;
            return new Progress(List.of(step(job, id, running ? ManualRuns.RUNNING : ManualRuns.FINISHED, code)), !running);
        }
        return new Progress(List.of(), true);
    }

    private OperationsHtml.StepView step(String job, String runId, String state, Integer exitCode) {
        String problem = null;
        if (runId != null && exitCode != null && exitCode != ExitCodes.OK && exitCode != ExitCodes.OK_WITH_QUARANTINE) {
            problem = runs.record(runId).map(r -> Json.text(r, "error"))
                    .or(() -> runs.lastProblem(runId)).orElse(null);
        }
        return new OperationsHtml.StepView(job, runId, state, exitCode, problem, runId == null ? List.of() : runs.log(runId));
    }

    private Map<String, Object> progressJson(String id, Messages m) {
        Progress progress = progress(id);
        if (progress.steps.isEmpty()) {
            throw new NotFoundResponse("no run '" + id + "'; see /api/runs/history");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("done", progress.done);
        out.put("status_text", OperationsHtml.status(m, progress.steps, progress.done));
        out.put("steps", progress.steps.stream().map(s -> {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("job", s.job());
            step.put("run_id", s.runId());
            step.put("state", s.state());
            step.put("exit_code", s.exitCode());
            step.put("exit_meaning", s.exitCode() == null ? null : OperationsHtml.exitMeaning(m, s.exitCode()));
            step.put("error", s.problem());
            step.put("events", s.events());
            return step;
        }).toList());
        return out;
    }

    private boolean redirectToLogin(Context ctx) {
        if (access.session(ctx).role().canSee(Role.ANALYST)) {
            return false;
        }
        if (access.session(ctx).loggedIn()) {
            access.require(ctx, Role.ANALYST);
        }
        String next = URLEncoder.encode(ctx.path() + "?lang=" + lang(ctx).code(), StandardCharsets.UTF_8);
        ctx.redirect("/login?lang=" + lang(ctx).code() + "&next=" + next);
        return true;
    }

    private static int parseLimit(String text) {
        if (text == null) {
            return 200;
        }
        try {
            int n = Integer.parseInt(text);
            if (n >= 1 && n <= 10_000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new io.javalin.http.BadRequestResponse("limit must be a whole number from 1 to 10000");
    }

    /** The language from the query (forms post to {@code ?lang=}, so a refused upload's body is never read for it). */
    private static Lang lang(Context ctx) {
        return Lang.of(ctx.queryParam("lang")).orElse(Lang.FI);
    }

    private Page page(Context ctx) {
        Lang lang = lang(ctx);
        Session session = access.session(ctx);
        return new Page(ctx.path(), Filters.defaults(lang), session, Messages.of(lang));
    }

    /** Stops the scheduler and the runs started here (their processes are destroyed). */
    @Override
    public void close() {
        if (scheduler != null) {
            scheduler.close();
        }
        manual.close();
    }

    List<ScheduledJob> scheduledJobs() {
        return scheduler == null ? List.of() : scheduler.jobs();
    }
}
