package fi.kuntadigi.dashboard.web;

import static j2html.TagCreator.a;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.li;
import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.text;
import static j2html.TagCreator.ul;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.auth.RoleRequired;
import fi.kuntadigi.dashboard.auth.Session;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.http.BadRequest;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import j2html.tags.DomContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the dashboard answers a request it cannot serve: 400 ({@link BadRequest}), 401, 403
 * ({@link RoleRequired}), 404, 405, 429, 500 and any other {@link HttpResponseException}. A browser
 * gets a page of the site in its language (the {@code lang} parameter, else {@code Accept-Language})
 * with the navigation, a title and a way forward; an API client gets JSON. Everything echoed from the
 * request is escaped (j2html escapes text and attributes). An anonymous browser that needs a login is
 * sent to the login page with {@code next}; a logged-in one whose role is not enough is told which role
 * is needed and whom to ask.
 */
public final class ErrorPages {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorPages.class);
    /** A path that may be linked to again as it is: this site's plain paths only. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/(?![/\\\\])[A-Za-z0-9._~/-]*");

    private final Access access;

    public ErrorPages(Access access) {
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.exception(BadRequest.class, (e, ctx) -> answer(ctx, 400, e.getMessage(), e::reason, null));
        routes.exception(RoleRequired.class, (e, ctx) -> answer(ctx, 403, e.getMessage(), null, e.role()));
        routes.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == 401 && wantsHtml(ctx) && ctx.method() == HandlerType.GET) {
                Lang lang = lang(ctx);
                ctx.redirect("/login?lang=" + lang.code() + "&next=" + URLEncoder.encode(localTarget(ctx), StandardCharsets.UTF_8));
                return;
            }
            e.getDetails().forEach((k, v) -> {
                if (k.equalsIgnoreCase("Retry-After")) {
                    ctx.header("Retry-After", v);
                }
            });
            answer(ctx, e.getStatus(), e.getMessage(), null, null);
        });
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.error("{} {} failed (incident {})", ctx.method(), ctx.path(), incident, e);
            answer(ctx, 500, "internal error, incident " + incident, lang -> Messages.of(lang).format("error.500.incident", incident), null);
        });
    }

    /** A browser asks for a page: its {@code Accept} names HTML, or it asks for no API path without one. */
    static boolean wantsHtml(Context ctx) {
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("text/html")) {
            return true;
        }
        boolean json = accept != null && accept.contains("json");
        return !json && !ctx.path().startsWith("/api/");
    }

    /** The visitor's language: a valid {@code lang} parameter, else the browser's preference, else Finnish. */
    static Lang lang(Context ctx) {
        String given = ctx.queryParam("lang");
        return Lang.of(given).orElseGet(() -> Lang.preferred(ctx.header("Accept-Language")));
    }

    private void answer(Context ctx, int status, String english, Function<Lang, String> reason, Role role) {
        ctx.status(status);
        if (!wantsHtml(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", status);
            body.put("error", english);
            if (role != null) {
                body.put("role_needed", role.name().toLowerCase());
            }
            ctx.json(body);
            return;
        }
        Lang lang = lang(ctx);
        Messages m = Messages.of(lang);
        Session session = access.session(ctx);
        String path = PLAIN_PATH.matcher(ctx.path()).matches() ? ctx.path() : "/";
        Page page = new Page(path, Filters.defaults(lang), session, m);
        String key = m.has("error." + status + ".title") ? "error." + status : "error.other";
        String title = m.format(key + ".title", Integer.toString(status));
        List<DomContent> content = new ArrayList<>();
        content.add(h1(title));
        content.add(p(m.format(key + ".text", ctx.path())).withClass("lead"));
        if (reason != null) {
            content.add(p(reason.apply(lang)).withClass("error").attr("role", "alert"));
        } else if (role != null) {
            content.add(p(m.format("error.403.role", m.get("role." + role.name().toLowerCase()),
                    m.get("role." + session.role().name().toLowerCase()))));
            content.add(p(m.get("error.403.ask")));
        } else if (english != null && !english.isBlank() && status != 404 && status != 500) {
            content.add(p(text(m.get("error.detail") + " "), span(english).attr("lang", "en")));
        }
        List<DomContent> ways = new ArrayList<>();
        if (status == 400 && ctx.method() == HandlerType.GET && PLAIN_PATH.matcher(ctx.path()).matches()) {
            ways.add(li(a(m.get("error.way.unfiltered")).withHref(page.plainLink(ctx.path()))));
        }
        if (status == 403 && role != null) {
            ways.add(li(a(m.get("error.way.other_login")).withHref(
                    page.plainLink("/login") + "&next=" + URLEncoder.encode(localTarget(ctx), StandardCharsets.UTF_8))));
        }
        if (status == 429 || status >= 500) {
            ways.add(li(a(m.get("error.way.retry")).withHref(PLAIN_PATH.matcher(ctx.path()).matches() && ctx.method() == HandlerType.GET
                    ? localTarget(ctx) : page.plainLink("/"))));
        }
        ways.add(li(a(m.get("error.way.home")).withHref(page.plainLink("/"))));
        content.add(ul(ways.toArray(DomContent[]::new)).withClass("ways").attr("aria-label", m.get("error.way.label")));
        ctx.html(Layout.render(page, title, content.toArray(DomContent[]::new)));
    }

    /** The request's own path and language, to come back to after a login; the start page if the path is not a plain one. */
    private static String localTarget(Context ctx) {
        String path = PLAIN_PATH.matcher(ctx.path()).matches() ? ctx.path() : "/";
        String query = ctx.queryString();
        return query == null || query.isBlank() ? path : path + "?" + query;
    }
}
