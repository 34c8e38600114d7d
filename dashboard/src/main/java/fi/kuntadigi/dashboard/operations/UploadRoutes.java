package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.p;

import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.operations.inbox.Inbox;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.UploadedFile;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Uploads: receiving an export into the inbox, its dry-run page (counts and a sample per reason
 * in the page's language, the period warning), the full list of its quarantined rows as a
 * download streamed from the file, and withdrawing it (to the archive, with who and why).
 */
final class UploadRoutes {

    /** Longest reason for a withdrawal kept. */
    static final int MAX_REASON = 500;

    private final AnalystPages pages;
    private final OperationsSettings settings;
    private final Uploads uploads;

    UploadRoutes(AnalystPages pages, OperationsSettings settings, Uploads uploads) {
        this.pages = pages;
        this.settings = settings;
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        routes.post("/data/uploads", this::receive);
        routes.get("/data/uploads/{dataset}/{file}", ctx -> {
            if (!pages.redirectToLogin(ctx)) {
                dryRunPage(ctx, upload(ctx));
            }
        });
        routes.get("/data/uploads/{dataset}/{file}/rows.csv", ctx -> {
            pages.access().require(ctx, Role.ANALYST);
            Uploads.Upload upload = upload(ctx);
            Path rows = uploads.dryRuns().rows(upload.dataset(), upload.file());
            if (!Files.isRegularFile(rows)) {
                throw new NotFoundResponse("no dry run of this upload has listed its rows");
            }
            ctx.header("Content-Disposition", "attachment; filename=\"" + upload.file().replaceAll("\\.\\w+$", "")
                    + "-quarantine.csv\"");
            ctx.contentType("text/csv; charset=utf-8").result(Files.newInputStream(rows));
        });
        routes.post("/data/uploads/{dataset}/{file}/withdraw", this::withdraw);
        routes.post("/data/uploads/{dataset}/{file}/replace", this::replace);
    }

    private static Uploads.Upload upload(Context ctx) {
        return Uploads.of(ctx.pathParam("dataset"), ctx.pathParam("file"))
                .orElseThrow(() -> new NotFoundResponse("no such upload"));
    }

    private void receive(Context ctx) {
        pages.access().require(ctx, Role.ANALYST);
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
            received = uploads.inbox().receive(dataset, file.filename(), in);
        } catch (Inbox.Refused e) {
            throw switch (e.reason()) {
                case TOO_LARGE -> new Rejected(HttpStatus.CONTENT_TOO_LARGE, "too_large", e.getMessage());
                case EMPTY -> new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "empty", e.getMessage());
                case NOT_AN_EXPORT -> new Rejected(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "wrong_type", e.getMessage());
                case UNKNOWN_DATASET -> new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "unknown_dataset", dataset);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.redirect("/data/uploads/" + dataset + "/" + received.file() + "?lang=" + AnalystPages.lang(ctx).code(),
                HttpStatus.SEE_OTHER);
    }

    private void withdraw(Context ctx) {
        pages.access().require(ctx, Role.ANALYST);
        Uploads.Upload upload = upload(ctx);
        String reason = Optional.ofNullable(ctx.formParam("reason")).map(String::strip).orElse("");
        if (reason.isEmpty()) {
            throw new Rejected(HttpStatus.UNPROCESSABLE_CONTENT, "no_reason", null);
        }
        if (reason.length() > MAX_REASON) {
            reason = reason.substring(0, MAX_REASON);
        }
        try {
            uploads.inbox().withdraw(upload.dataset(), upload.file(), pages.access().session(ctx).user(), reason, Instant.now());
        } catch (NoSuchElementException e) {
            throw new NotFoundResponse("the upload no longer waits in the inbox");
        }
        ctx.redirect("/data/uploads/" + upload.path() + "?lang=" + AnalystPages.lang(ctx).code(), HttpStatus.SEE_OTHER);
    }

    /** The analyst chooses the upload as a correction: its dry run runs again, listing what it would replace. */
    private void replace(Context ctx) {
        pages.access().require(ctx, Role.ANALYST);
        Uploads.Upload upload = upload(ctx);
        try {
            uploads.inbox().markReplacing(upload.dataset(), upload.file(), pages.access().session(ctx).user(), Instant.now());
        } catch (NoSuchElementException e) {
            throw new NotFoundResponse("the upload no longer waits in the inbox");
        }
        uploads.dryRuns().forget(upload.dataset(), upload.file());
        ctx.redirect("/data/uploads/" + upload.path() + "?lang=" + AnalystPages.lang(ctx).code(), HttpStatus.SEE_OTHER);
    }

    private void dryRunPage(Context ctx, Uploads.Upload upload) {
        Page page = pages.page(ctx);
        Messages m = page.messages();
        String label = uploads.label(m, upload.dataset());
        Inbox inbox = uploads.inbox();
        Path stored = settings.inbox().resolve(upload.dataset()).resolve(upload.file());
        List<DomContent> content = new ArrayList<>();
        Optional<Inbox.Withdrawal> withdrawn = inbox.withdrawal(upload.dataset(), upload.file());
        if (withdrawn.isPresent()) {
            Inbox.Withdrawal w = withdrawn.get();
            content.add(p(m.format("ops.withdrawn.done", w.originalName(), w.withdrawnBy(),
                    Times.moment(w.withdrawnAt(), m.lang()), w.reason())).attr("role", "status").withId("ops-withdrawn"));
        } else if (!Files.isRegularFile(stored)) {
            content.add(p(m.format("ops.dry.missing", upload.file())).attr("role", "status"));
        } else {
            String original = inbox.received(upload.dataset(), upload.file()).map(Inbox.Received::originalName).orElse("–");
            content.add(p(m.format("ops.dry.stored", original, upload.file())));
            DryRuns.Result result = uploads.dryRuns().check(upload.dataset(), upload.file());
            boolean nothing = false;
            if (result.check() == null) {
                content.add(p(m.format("ops.dry.failed", result.problem())).withClass("error").attr("role", "alert"));
            } else {
                content.addAll(DryRunHtml.verdict(page, result.check(), "/data/uploads/" + upload.path() + "/rows.csv"));
                nothing = result.check().path("published").asLong(-1) == 0;
                content.add(DryRunHtml.replacement(page, result.check(), upload.path(),
                        inbox.replacing(upload.dataset(), Path.of(upload.file()))));
            }
            content.add(OperationsHtml.startFromUpload(page, settings, upload.path(), nothing));
            content.add(DryRunHtml.withdrawForm(page, upload.path()));
        }
        pages.html(ctx, page, m.format("ops.dry.title", label), content);
    }
}
