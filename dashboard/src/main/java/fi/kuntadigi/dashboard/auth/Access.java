package fi.kuntadigi.dashboard.auth;

import fi.kuntadigi.dashboard.http.BadRequest;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;

/** Checks of a request: its role against what it asks for, and the CSRF token of a POST. */
public final class Access {

    /** Request attribute set when the answer needs a login: it must not be stored by any cache. */
    public static final String NEEDS_LOGIN = "kd.needsLogin";

    private final Sessions sessions;
    private final LoginCsrf loginCsrf;

    public Access(Sessions sessions, LoginCsrf loginCsrf) {
        this.sessions = sessions;
        this.loginCsrf = loginCsrf;
    }

    /** The request's session, or an anonymous one (stored nowhere) when it has none. */
    public Session session(Context ctx) {
        return sessions.current(ctx).orElse(new Session("", null, Role.PUBLIC, "", Instant.MAX));
    }

    /** Throws 401 (not logged in) or {@link RoleRequired} (logged in, not allowed) unless the session may see the role's content. */
    public void require(Context ctx, Role role) {
        if (role != Role.PUBLIC) {
            ctx.attribute(NEEDS_LOGIN, true);
        }
        Session s = session(ctx);
        if (!s.role().canSee(role)) {
            if (s.loggedIn()) {
                throw new RoleRequired(role);
            }
            throw new UnauthorizedResponse("log in to see this");
        }
    }

    /**
     * Before every POST: the form's {@code _csrf} must equal the session's token, or without a
     * session the signed login cookie's. A body that is not a form answers 400.
     */
    public void checkCsrf(Context ctx) {
        String given;
        try {
            given = ctx.formParam("_csrf");
        } catch (Exception e) { // Jetty's ServletException on a broken multipart body is thrown unchecked
            throw new BadRequest("error.bad.form");
        }
        var session = sessions.current(ctx);
        boolean ok = session.isPresent()
                ? given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                        session.get().csrfToken().getBytes(StandardCharsets.UTF_8))
                : loginCsrf.accepts(ctx, given);
        if (!ok) {
            throw new ForbiddenResponse("missing or wrong CSRF token; reload the page and try again");
        }
    }
}
