package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.a;
import static j2html.TagCreator.p;
import static j2html.TagCreator.script;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.http.BadRequest;
import fi.kuntadigi.dashboard.web.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import j2html.tags.DomContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Runs: the history as JSON, starting a run (with a confirmation first when the upload it is
 * started from would publish nothing), the run's page and its progress (HTML part and JSON).
 */
final class RunRoutes {

    private final AnalystPages pages;
    private final OperationsSettings settings;
    private final RunFiles runs;
    private final ManualRuns manual;
    private final RunProgress progress;
    private final Uploads uploads;

    RunRoutes(AnalystPages pages, OperationsSettings settings, RunFiles runs, ManualRuns manual, Uploads uploads) {
        this.pages = pages;
        this.settings = settings;
        this.runs = runs;
        this.manual = manual;
        this.progress = new RunProgress(manual, runs);
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        Access access = pages.access();
        routes.get("/api/runs/history", ctx -> {
            access.require(ctx, Role.ANALYST);
            ctx.json(Map.of("runs", runs.newestFirst(parseLimit(ctx.queryParam("limit")))));
        });
        routes.get("/api/runs/{id}", ctx -> {
            access.require(ctx, Role.ANALYST);
            ctx.json(progressJson(ctx.pathParam("id"), Messages.of(AnalystPages.lang(ctx))));
        });
        routes.post("/data/runs", this::start);
        routes.get("/data/runs/{id}", ctx -> {
            if (!pages.redirectToLogin(ctx)) {
                runPage(ctx);
            }
        });
        routes.get("/data/runs/{id}/progress", ctx -> {
            access.require(ctx, Role.ANALYST);
            RunProgress.Progress p = progress.of(ctx.pathParam("id"));
            ctx.html(OperationsHtml.progress(pages.page(ctx), ctx.pathParam("id"), p.steps(), p.done()).render());
        });
    }

    private void start(Context ctx) {
        pages.access().require(ctx, Role.ANALYST);
        Lang lang = AnalystPages.lang(ctx);
        ManualRuns.Choice choice = ManualRuns.Choice.parse(ctx.formParam("job"))
                .orElseThrow(() -> new BadRequest("error.bad.job", String.valueOf(ctx.formParam("job"))));
        if (!settings.canLaunch()) {
            throw new Rejected(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", null);
        }
        Optional<Uploads.Upload> from = uploads.fromForm(ctx.formParam("upload"));
        if (from.isPresent() && !"yes".equals(ctx.formParam("confirm")) && uploads.publishesNothing(from.get())) {
            confirmPage(ctx, choice, from.get());
            return;
        }
        ManualRuns.Run run;
        try {
            run = manual.start(choice, pages.access().session(ctx).user());
        } catch (ManualRuns.AlreadyRunning e) {
            throw new Rejected(HttpStatus.CONFLICT, "already_running", e.getMessage());
        }
        ctx.redirect("/data/runs/" + run.id + "?lang=" + lang.code(), HttpStatus.SEE_OTHER);
    }

    /** A run from an upload that would publish nothing waits for the analyst's explicit yes. */
    private void confirmPage(Context ctx, ManualRuns.Choice choice, Uploads.Upload upload) {
        Page page = pages.page(ctx);
        Messages m = page.messages();
        ctx.status(HttpStatus.CONFLICT);
        pages.html(ctx, page, m.get("ops.confirm.title"), List.of(
                p(m.format("ops.confirm.text", uploads.label(m, upload.dataset()), upload.file())).withClass("notice")
                        .attr("role", "alert").withId("ops-confirm"),
                OperationsHtml.confirmForm(page, choice.name().toLowerCase(Locale.ROOT), upload.path()),
                p(a(m.get("ops.confirm.cancel")).withHref(page.plainLink("/data/uploads/" + upload.path())))));
    }

    private void runPage(Context ctx) {
        Page page = pages.page(ctx);
        Messages m = page.messages();
        String id = ctx.pathParam("id");
        RunProgress.Progress p = progress.of(id);
        List<DomContent> content = new ArrayList<>();
        if (!p.known()) {
            ctx.status(HttpStatus.NOT_FOUND);
            content.add(p(m.format("ops.run.unknown", id)));
        } else {
            content.add(p(OperationsHtml.status(m, p.steps(), p.done())).withId("run-live").attr("role", "status"));
            if (!p.done()) {
                content.add(p(m.get("ops.run.auto")).withClass("desc"));
            }
            content.add(OperationsHtml.progress(page, id, p.steps(), p.done()));
            if (!p.done()) {
                content.add(p(a(m.get("ops.run.refresh")).withHref(page.plainLink("/data/runs/" + id))));
                content.add(script().withSrc(OperationsHtml.SCRIPT).attr("defer"));
            }
        }
        pages.html(ctx, page, m.format("ops.run.title", id), content);
    }

    private Map<String, Object> progressJson(String id, Messages m) {
        RunProgress.Progress p = progress.of(id);
        if (!p.known()) {
            throw new NotFoundResponse("no such run; see /api/runs/history");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", id);
        out.put("done", p.done());
        out.put("status_text", OperationsHtml.status(m, p.steps(), p.done()));
        out.put("steps", p.steps().stream().map(s -> {
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
        throw new BadRequest("error.bad.limit", text, "1", "10000");
    }
}
