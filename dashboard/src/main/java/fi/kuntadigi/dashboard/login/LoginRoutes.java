package fi.kuntadigi.dashboard.login;

import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.audit.RequestAudit;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.LoginCsrf;
import fi.kuntadigi.dashboard.auth.LoginThrottle;
import fi.kuntadigi.dashboard.auth.Passwords;
import fi.kuntadigi.dashboard.auth.Session;
import fi.kuntadigi.dashboard.auth.Sessions;
import fi.kuntadigi.dashboard.auth.Users;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.http.Proxy;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.LocalPath;
import fi.kuntadigi.dashboard.web.Page;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Login and logout. A login attempt passes the throttle before any password work, and at most
 * half the processors hash passwords at a time; a login starts a new session; every outcome goes
 * to the audit log.
 */
public final class LoginRoutes {

    private final Users users;
    private final Sessions sessions;
    private final Access access;
    private final LoginCsrf loginCsrf;
    private final LoginThrottle throttle;
    private final Proxy proxy;
    private final RequestAudit audit;
    private final Semaphore hashing = new Semaphore(Math.max(1, Runtime.getRuntime().availableProcessors() / 2));

    /** The parts a login needs. */
    public record Parts(Users users, Sessions sessions, Access access, LoginCsrf loginCsrf, LoginThrottle throttle,
                        Proxy proxy, RequestAudit audit) {
    }

    public LoginRoutes(Parts parts) {
        this.users = parts.users();
        this.sessions = parts.sessions();
        this.access = parts.access();
        this.loginCsrf = parts.loginCsrf();
        this.throttle = parts.throttle();
        this.proxy = parts.proxy();
        this.audit = parts.audit();
    }

    public void register(RoutesConfig routes) {
        routes.get("/login", ctx -> loginPage(ctx, null));
        routes.post("/login", this::login);
        routes.post("/logout", ctx -> {
            audit.event(ctx, "logout", access.session(ctx).user(), HttpStatus.SEE_OTHER.getCode(), null);
            sessions.end(ctx);
            ctx.redirect("/roadmap?lang=" + lang(ctx).code(), HttpStatus.SEE_OTHER);
        });
    }

    private static Lang lang(Context ctx) {
        String code = ctx.queryParam("lang") != null ? ctx.queryParam("lang") : ctx.formParam("lang");
        return Lang.of(code).orElse(Lang.FI);
    }

    /** Only a path of this site may follow a login: no open redirect. */
    private static String next(Context ctx, Lang lang) {
        String next = ctx.queryParam("next") != null ? ctx.queryParam("next") : ctx.formParam("next");
        return LocalPath.of(next).orElse("/overview?lang=" + lang.code());
    }

    private void login(Context ctx) {
        Lang lang = lang(ctx);
        Messages m = Messages.of(lang);
        String name = ctx.formParam("username");
        String password = ctx.formParam("password");
        if (password != null && password.length() > Passwords.MAX_LENGTH) {
            refuse(ctx, HttpStatus.BAD_REQUEST, "login_refused", name, m.format("login.too_long", Passwords.MAX_LENGTH));
            return;
        }
        String address = proxy.clientAddress(ctx);
        LoginThrottle.Verdict verdict = throttle.begin(name, address);
        if (!verdict.allowed()) {
            tooMany(ctx, name, m, verdict.retryAfter(), verdict.locked());
            return;
        }
        Optional<Users.User> user = Optional.empty();
        boolean checked = false;
        boolean locked = false;
        boolean slot = false;
        try {
            slot = hashing.tryAcquire(2, TimeUnit.SECONDS);
            if (slot) {
                user = users.authenticate(name, password);
                checked = true;
                locked = throttle.finish(name, address, user.isPresent());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            if (!checked) {
                throttle.release(name, address); // not checked (too busy, interrupted, failed): counts neither way
            }
            if (slot) {
                hashing.release();
            }
        }
        if (!checked) {
            tooMany(ctx, name, m, Duration.ofSeconds(1), false);
        } else if (user.isPresent()) {
            sessions.start(ctx, user.get().name(), user.get().role());
            audit.event(ctx, "login", user.get().name(), HttpStatus.SEE_OTHER.getCode(), null);
            ctx.redirect(next(ctx, lang), HttpStatus.SEE_OTHER);
        } else {
            refuse(ctx, HttpStatus.UNAUTHORIZED, "login_failed", name, m.get("login.failed"));
            if (locked) {
                audit.event(ctx, "login_locked", known(name), HttpStatus.UNAUTHORIZED.getCode(), null);
            }
        }
    }

    /** 429 with {@code Retry-After} and the wait in the page's language; no password work was done. */
    private void tooMany(Context ctx, String name, Messages m, Duration wait, boolean locked) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        ctx.header("Retry-After", Long.toString(seconds));
        String text = locked ? m.format("login.locked", Math.max(1, (seconds + 59) / 60)) : m.format("login.throttled", seconds);
        refuse(ctx, HttpStatus.TOO_MANY_REQUESTS, locked ? "login_locked_refused" : "login_throttled", name, text);
    }

    private void refuse(Context ctx, HttpStatus status, String event, String name, String text) {
        ctx.status(status);
        audit.event(ctx, event, known(name), status.getCode(), known(name) == null && name != null ? Map.of("known_user", false) : null);
        loginPage(ctx, text);
    }

    /** The name when it is a user's: an unknown one may be a password typed in the wrong field, so it is not logged. */
    private String known(String name) {
        return name != null && users.exists(name) ? name : null;
    }

    private void loginPage(Context ctx, String error) {
        Lang lang = lang(ctx);
        Messages m = Messages.of(lang);
        Session session = access.session(ctx);
        String token = session.loggedIn() ? session.csrfToken() : loginCsrf.issue(ctx);
        Page page = new Page("/login", Filters.defaults(lang), session, m);
        DomContent alert = error == null ? div() : p(error).withClass("error").attr("role", "alert");
        ctx.html(Layout.render(page, m.get("login.title"), h1(m.get("login.title")), alert,
                form(div(label(m.get("login.username")).attr("for", "username"),
                                input().withType("text").withId("username").withName("username").isRequired()
                                        .attr("autocomplete", "username")).withClass("field"),
                        div(label(m.get("login.password")).attr("for", "password"),
                                input().withType("password").withId("password").withName("password").isRequired()
                                        .attr("autocomplete", "current-password")).withClass("field"),
                        input().withType("hidden").withName("_csrf").withValue(token),
                        input().withType("hidden").withName("lang").withValue(lang.code()),
                        input().withType("hidden").withName("next").withValue(next(ctx, lang)),
                        button(m.get("login.button")).withType("submit"))
                        .withMethod("post").withAction("/login").withClass("login")));
    }
}
