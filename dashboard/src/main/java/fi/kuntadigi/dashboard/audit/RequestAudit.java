package fi.kuntadigi.dashboard.audit;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.http.Proxy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the audit entries of requests: the login routes' own events ({@link #event}), and after
 * every request that wrote none a refusal (401, 403, 411, 413) or a state-changing request (any method but
 * GET, HEAD, OPTIONS) with who sent it, from where, and where it led.
 */
public final class RequestAudit {

    /** Request attribute: the request's entry is written (by the route itself). */
    private static final String WRITTEN = "kd.audited";

    private final AuditLog log;
    private final Proxy proxy;
    private final Access access;

    public RequestAudit(AuditLog log, Proxy proxy, Access access) {
        this.log = log;
        this.proxy = proxy;
        this.access = access;
    }

    /** An event of the request, e.g. {@code login_failed}; detail may be null. */
    public void event(Context ctx, String event, String user, int status, Map<String, ?> detail) {
        ctx.attribute(WRITTEN, true);
        log.write(new AuditLog.Entry(event, user, proxy.clientAddress(ctx), ctx.method().name(), ctx.path(), status, detail));
    }

    /** An after-handler: refusals and state-changing requests. */
    public void after(Context ctx) {
        int status = ctx.status().getCode();
        boolean changes = ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD
                && ctx.method() != HandlerType.OPTIONS;
        boolean refused = status == 401 || status == 403 || status == 411 || status == 413;
        if (ctx.attribute(WRITTEN) != null || !changes && !refused) {
            return;
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        String location = ctx.res().getHeader("Location");
        if (location != null) {
            detail.put("location", location);
        }
        event(ctx, refused ? "refused" : "action", access.session(ctx).user(), status, detail);
    }
}
