package fi.kuntadigi.dashboard.operations;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.http.BadRequest;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.operations.inbox.Inbox;
import fi.kuntadigi.operations.schedule.RunHistory;
import fi.kuntadigi.operations.schedule.ScheduledJob;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch jobs in the dashboard, for analysts, wired together: runs ({@link RunRoutes}),
 * uploads and their dry runs ({@link UploadRoutes}), the data view's panel ({@link DataPanel})
 * and — with {@code serve --schedule} — the scheduler. Jobs are always {@code bin/kuntadigi}
 * processes: Spark stays out of the dashboard.
 */
public final class Operations implements AutoCloseable {

    /** Room for the multipart framing and the form's other fields around the file. */
    private static final long FORM_OVERHEAD = 64 * 1024;

    private final OperationsSettings settings;
    private final AnalystPages pages;
    private final RunRoutes runRoutes;
    private final UploadRoutes uploadRoutes;
    private final DataPanel panel;
    private final ManualRuns manual;
    private final ServeScheduler scheduler;

    private Operations(OperationsSettings settings, AnalystPages pages, RunRoutes runRoutes, UploadRoutes uploadRoutes,
                       DataPanel panel, ManualRuns manual, ServeScheduler scheduler) {
        this.settings = settings;
        this.pages = pages;
        this.runRoutes = runRoutes;
        this.uploadRoutes = uploadRoutes;
        this.panel = panel;
        this.manual = manual;
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
        AnalystPages pages = new AnalystPages(access, settings);
        Inbox inbox = new Inbox(settings.inbox(), settings.maxUploadBytes());
        Uploads uploads = new Uploads(settings, new DryRuns(commands, settings.inbox(),
                (dataset, file) -> inbox.replacing(dataset, Path.of(file))));
        return new Operations(settings, pages, new RunRoutes(pages, settings, runs, manual, uploads),
                new UploadRoutes(pages, settings, uploads), new DataPanel(settings, runs, uploads, scheduler), manual, scheduler);
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
            if (ctx.method() != HandlerType.POST) {
                return;
            }
            pages.access().require(ctx, Role.ANALYST);
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
        runRoutes.register(routes);
        uploadRoutes.register(routes);
        pages.registerRefusals(routes);
    }

    /** What the data-and-jobs view shows after its figures. */
    public List<DomContent> dataPanel(Page page) {
        return panel.render(page);
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
        return new BadRequest("error.bad.form");
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
