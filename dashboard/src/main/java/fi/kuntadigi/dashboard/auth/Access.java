package fi.kuntadigi.dashboard.auth;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;

/** Checks of a request: its role against what it asks for, and the CSRF token of a POST. */
public final class Access {

    private final Sessions sessions;

    public Access(Sessions sessions) {
        this.sessions = sessions;
    }

    public Session session(Context ctx) {
        return sessions.current(ctx).orElse(new Session("", null, Role.PUBLIC, "", java.time.Instant.MAX));
    }

    /** Throws 401 (not logged in) or {@link RoleRequired} (logged in, not allowed) unless the session may see the role's content. */
    public void require(Context ctx, Role role) {
        Session s = session(ctx);
        if (!s.role().canSee(role)) {
            if (s.loggedIn()) {
                throw new RoleRequired(role);
            }
            throw new UnauthorizedResponse("log in to see this");
        }
    }

    /** Before every POST: the form's {@code _csrf} must equal the session's token. */
    public void checkCsrf(Context ctx) {
        String given = ctx.formParam("_csrf");
        String expected = sessions.current(ctx).map(Session::csrfToken).orElse(null);
        if (given == null || expected == null
                || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("missing or wrong CSRF token; reload the page and try again");
        }
    }
}
