package fi.kuntadigi.dashboard.http;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * What a request says about its client when it came through a reverse proxy the deployer trusts
 * ({@code --trusted-proxies}, default the loopback addresses): {@code X-Forwarded-Proto} and the
 * last {@code X-Forwarded-For} hop are believed only from those peers, never from anyone else.
 */
public final class Proxy {

    /** The default: a proxy on the same machine (nginx, Apache, Caddy in front of the dashboard). */
    public static final Set<String> LOOPBACK = Set.of("127.0.0.1", "::1", "0:0:0:0:0:0:0:1");

    private final Set<String> trusted;

    public Proxy(Set<String> trusted) {
        this.trusted = Set.copyOf(trusted);
    }

    private boolean fromTrusted(Context ctx) {
        return trusted.contains(ctx.req().getRemoteAddr());
    }

    /** True when the browser's connection was TLS: to this server, or to a trusted proxy that says so. */
    public boolean https(Context ctx) {
        if ("https".equals(ctx.scheme())) {
            return true;
        }
        return fromTrusted(ctx) && "https".equalsIgnoreCase(trim(ctx.header("X-Forwarded-Proto")));
    }

    /** The client's address: the peer, or the hop a trusted proxy appended to {@code X-Forwarded-For}. */
    public String clientAddress(Context ctx) {
        String peer = ctx.req().getRemoteAddr();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !fromTrusted(ctx)) {
            return peer;
        }
        List<String> hops = List.of(forwarded.split(","));
        String last = hops.get(hops.size() - 1).trim();
        return last.isEmpty() || last.length() > 64 ? peer : last;
    }

    private static String trim(String s) {
        return s == null ? null : s.split(",")[0].trim();
    }
}
