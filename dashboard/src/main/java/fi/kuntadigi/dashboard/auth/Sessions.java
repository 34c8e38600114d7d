package fi.kuntadigi.dashboard.auth;

import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions behind a random cookie: HttpOnly, SameSite=Strict, Secure when the
 * request came over TLS. A login gets a new session id (no fixation).
 */
public final class Sessions {

    public static final String COOKIE = "kd_session";
    private static final Duration LIFETIME = Duration.ofHours(8);
    private static final int MAX_SESSIONS = 10_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    /** The request's live session, if it has one. */
    public Optional<Session> current(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session s = id == null ? null : byId.get(id);
        if (s != null && s.expires().isBefore(Instant.now())) {
            byId.remove(id);
            return Optional.empty();
        }
        return Optional.ofNullable(s);
    }

    /** The session, started as anonymous when there is none (for the CSRF token of a form). */
    public Session currentOrStart(Context ctx) {
        return current(ctx).orElseGet(() -> start(ctx, null, Role.PUBLIC));
    }

    /** Replaces the request's session with a new one for the user. */
    public Session start(Context ctx, String user, Role role) {
        current(ctx).ifPresent(s -> byId.remove(s.id()));
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(s -> s.expires().isBefore(Instant.now()));
        }
        Session s = new Session(token(), user, role, token(), Instant.now().plus(LIFETIME));
        byId.put(s.id(), s);
        setCookie(ctx, s.id(), LIFETIME.toSeconds());
        return s;
    }

    public void end(Context ctx) {
        current(ctx).ifPresent(s -> byId.remove(s.id()));
        setCookie(ctx, "", 0);
    }

    private static void setCookie(Context ctx, String value, long maxAge) {
        boolean tls = "https".equals(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        ctx.header("Set-Cookie", COOKIE + "=" + value + "; Path=/; Max-Age=" + maxAge + "; HttpOnly; SameSite=Strict"
                + (tls ? "; Secure" : ""));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
