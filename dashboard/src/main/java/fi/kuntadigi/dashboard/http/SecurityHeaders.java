package fi.kuntadigi.dashboard.http;

import io.javalin.http.Context;

/**
 * Security headers on every response. The Content-Security-Policy allows no inline script;
 * inline styles are allowed because ECharts positions its tooltips with them. HSTS goes with
 * every answer to an HTTPS request (direct or through a trusted proxy); answers that need a
 * login are never stored by a browser or proxy cache.
 */
public final class SecurityHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** One year, as the HSTS preload list asks at least. */
    static final String HSTS = "max-age=31536000; includeSubDomains";

    private final Proxy proxy;

    public SecurityHeaders(Proxy proxy) {
        this.proxy = proxy;
    }

    /** A before-handler. */
    public void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
        if (proxy.https(ctx)) {
            ctx.header("Strict-Transport-Security", HSTS);
        }
    }

    /**
     * An after-handler's part: {@code Cache-Control: no-store} on a response that is private (it
     * needed a login or went to a logged-in user), refused one (401, 403) or is the login form.
     */
    public static void noStoreIfPrivate(Context ctx, boolean isPrivate) {
        int status = ctx.status().getCode();
        if (isPrivate || status == 401 || status == 403 || ctx.path().equals("/login")) {
            ctx.header("Cache-Control", "no-store");
            ctx.res().setHeader("Pragma", "no-cache");
        }
    }
}
