package fi.kuntadigi.dashboard.auth;

import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.views.Layout;
import fi.kuntadigi.dashboard.views.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;

/** Login and logout. Both forms carry the session's CSRF token; a login starts a new session. */
public final class AuthRoutes {

    private final Users users;
    private final Sessions sessions;

    public AuthRoutes(Users users, Sessions sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> loginPage(ctx, null));
        routes.post("/login", this::login);
        routes.post("/logout", ctx -> {
            sessions.end(ctx);
            ctx.redirect("/roadmap?lang=" + lang(ctx).code(), HttpStatus.SEE_OTHER);
        });
    }

    private static Lang lang(Context ctx) {
        String code = ctx.queryParam("lang") != null ? ctx.queryParam("lang") : ctx.formParam("lang");
        return Lang.of(code).orElse(Lang.FI);
    }

    /** Only a local path may follow a login: no open redirect. */
    private static String next(Context ctx, Lang lang) {
        String next = ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next");
        boolean local = next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\");
        return local ? next : "/overview?lang=" + lang.code();
    }

    private void login(Context ctx) {
        Lang lang = lang(ctx);
        var user = users.authenticate(ctx.formParam("username"), ctx.formParam("password"));
        if (user.isEmpty()) {
            ctx.status(HttpStatus.UNAUTHORIZED);
            loginPage(ctx, Messages.of(lang).get("login.failed"));
            return;
        }
        sessions.start(ctx, user.get().name(), user.get().role());
        ctx.redirect(next(ctx, lang), HttpStatus.SEE_OTHER);
    }

    private void loginPage(Context ctx, String error) {
        Lang lang = lang(ctx);
        Messages m = Messages.of(lang);
        Session session = sessions.currentOrStart(ctx);
        Page page = new Page("/login", Filters.defaults(lang), session, m);
        DomContent alert = error == null ? div() : p(error).withClass("error").attr("role", "alert");
        ctx.html(Layout.render(page, m.get("login.title"), h1(m.get("login.title")), alert,
                form(div(label(m.get("login.username")).attr("for", "username"),
                                input().withType("text").withId("username").withName("username").isRequired()
                                        .attr("autocomplete", "username")).withClass("field"),
                        div(label(m.get("login.password")).attr("for", "password"),
                                input().withType("password").withId("password").withName("password").isRequired()
                                        .attr("autocomplete", "current-password")).withClass("field"),
                        input().withType("hidden").withName("_csrf").withValue(session.csrfToken()),
                        input().withType("hidden").withName("lang").withValue(lang.code()),
                        input().withType("hidden").withName("next").withValue(next(ctx, lang)),
                        button(m.get("login.button")).withType("submit"))
                        .withMethod("post").withAction("/login").withClass("login")));
    }
}
