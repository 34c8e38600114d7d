package fi.kuntadigi.dashboard.auth;

import fi.kuntadigi.dashboard.http.Proxy;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions of logged-in users only (an anonymous visitor has none: the login form's
 * CSRF token is a signed cookie, see {@link LoginCsrf}). The cookie is random, HttpOnly,
 * SameSite=Strict, and on HTTPS Secure with the {@code __Host-} prefix. A session ends after the
 * idle timeout without requests or at the absolute lifetime, whichever comes first; a login gets
 * a new id (no fixation).
 */
public final class Sessions {

    public static final String COOKIE = "kd_session";
    /** The cookie's name on HTTPS: bound to this host, path / and Secure by the browser itself. */
    public static final String HOST_COOKIE = "__Host-" + COOKIE;
    public static final Duration LIFETIME = Duration.ofHours(8);
    public static final Duration IDLE = Duration.ofMinutes(30);
    private static final int MAX_SESSIONS = 10_000;

    /** A session and when it was last used. */
    private record Entry(Session session, Instant lastSeen) {
    }

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    private final Proxy proxy;
    private final Duration idle;
    private final Duration lifetime;

    public Sessions(Proxy proxy, Duration idle, Duration lifetime) {
        this.proxy = proxy;
        this.idle = idle;
        this.lifetime = lifetime;
    }

    /** The request's live session, if it has one; using it restarts its idle time. */
    public Optional<Session> current(Context ctx) {
        String id = ctx.cookie(cookieName(ctx));
        Entry e = id == null ? null : byId.get(id);
        if (e == null) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        if (expired(e, now)) {
            byId.remove(id);
            return Optional.empty();
        }
        byId.replace(id, e, new Entry(e.session(), now));
        return Optional.of(e.session());
    }

    private boolean expired(Entry e, Instant now) {
        return !e.session().expires().isAfter(now) || !e.lastSeen().plus(idle).isAfter(now);
    }

    /** Replaces the request's session with a new one for the user. */
    public Session start(Context ctx, String user, Role role) {
        current(ctx).ifPresent(s -> byId.remove(s.id()));
        Instant now = Instant.now();
        if (byId.size() >= MAX_SESSIONS) {
            byId.values().removeIf(e -> expired(e, now));
        }
        if (byId.size() >= MAX_SESSIONS) {
            // full of live sessions: the one idle longest goes
            byId.values().stream().min(Comparator.comparing(Entry::lastSeen))
                    .ifPresent(oldest -> byId.remove(oldest.session().id()));
        }
        Session s = new Session(token(), user, role, token(), now.plus(lifetime));
        byId.put(s.id(), new Entry(s, now));
        setCookie(ctx, s.id(), lifetime.toSeconds());
        return s;
    }

    public void end(Context ctx) {
        current(ctx).ifPresent(s -> byId.remove(s.id()));
        setCookie(ctx, "", 0);
    }

    /** How many sessions are stored (live or not yet swept). */
    public int size() {
        return byId.size();
    }

    private String cookieName(Context ctx) {
        return proxy.https(ctx) ? HOST_COOKIE : COOKIE;
    }

    private void setCookie(Context ctx, String value, long maxAge) {
        boolean tls = proxy.https(ctx);
        ctx.res().addHeader("Set-Cookie", cookieName(ctx) + "=" + value + "; Path=/; Max-Age=" + maxAge
                + "; HttpOnly; SameSite=Strict" + (tls ? "; Secure" : ""));
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
