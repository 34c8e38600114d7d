package fi.kuntadigi.dashboard.operations;

import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import j2html.tags.DomContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What every analyst page of the operations shares: its language (from the query, so a refused
 * upload's body is never read for it), the page, the way to the login, and refusals as pages.
 */
final class AnalystPages {

    private final Access access;
    private final OperationsSettings settings;

    AnalystPages(Access access, OperationsSettings settings) {
        this.access = access;
        this.settings = settings;
    }

    Access access() {
        return access;
    }

    static Lang lang(Context ctx) {
        return Lang.of(ctx.queryParam("lang")).orElse(Lang.FI);
    }

    Page page(Context ctx) {
        Lang lang = lang(ctx);
        return new Page(ctx.path(), Filters.defaults(lang), access.session(ctx), Messages.of(lang));
    }

    void html(Context ctx, Page page, String title, List<DomContent> content) {
        List<DomContent> all = new ArrayList<>();
        all.add(h1(title));
        all.addAll(content);
        all.add(OperationsHtml.back(page));
        ctx.html(Layout.render(page, title, all.toArray(DomContent[]::new)));
    }

    /** Sends a visitor without the analyst role to the login (a logged-in one gets the refusal); true when it did. */
    boolean redirectToLogin(Context ctx) {
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

    /** Refusals answer as a page of the site: what was refused and why (every echoed value escaped by j2html). */
    void registerRefusals(RoutesConfig routes) {
        routes.exception(Rejected.class, (e, ctx) -> {
            ctx.status(e.status);
            Page page = page(ctx);
            Messages m = page.messages();
            String title = m.get(e.ofStart() ? "ops.start.refused.title" : "ops.upload.rejected");
            String text = e.kind.equals("already_running") ? m.format("ops.start.refused", e.detail)
                    : e.ofStart() ? m.get("ops.start.unavailable")
                    : m.format("ops.upload." + e.kind, settings.maxUploadBytes() >> 20, e.detail);
            List<DomContent> content = new ArrayList<>();
            content.add(p(text).withClass("error").attr("role", "alert").withId("ops-error"));
            if (e.detail != null && !e.ofStart() && !e.kind.equals("unknown_dataset") && !e.kind.equals("no_reason")) {
                content.add(p(m.format("ops.upload.detail", e.detail)));
            }
            html(ctx, page, title, content);
        });
    }
}
