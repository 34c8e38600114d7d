package fi.kuntadigi.reports.pack;

import fi.kuntadigi.dashboard.DashboardServer;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.i18n.Lang;
import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The print-only pages of the dashboard a report run starts in its own process: the steering pack at
 * {@code /_print/<secret>/steering?lang=fi}. The secret is new for every run, the server listens on a
 * loopback port for the run's few seconds, and opening the pack gives that browser a steering session, so
 * the pack's charts load their figures as a steering member's browser would.
 */
public final class PrintRoutes implements DashboardServer.Extension {

    private final String base;
    private final Map<Lang, PackContext> contexts;
    private volatile DashboardServer.Parts parts;
    private volatile SteeringPack pack;

    /** @param contexts what each language's pack states about itself */
    public PrintRoutes(Map<Lang, PackContext> contexts) {
        byte[] secret = new byte[24];
        new SecureRandom().nextBytes(secret);
        this.base = "/_print/" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        this.contexts = Map.copyOf(contexts);
    }

    /** The pack's path in a language. */
    public String steering(Lang lang) {
        return base + "/steering?lang=" + lang.code();
    }

    @Override
    public void register(RoutesConfig routes, DashboardServer.Parts parts) {
        this.parts = parts;
        this.pack = new SteeringPack(parts.figures());
        byte[] css = resource("report.css");
        byte[] js = resource("report.js");
        routes.get(base + "/steering", ctx -> {
            Lang lang = Lang.of(String.valueOf(ctx.queryParam("lang"))).orElseThrow(NotFoundResponse::new);
            PackContext context = contexts.get(lang);
            if (context == null) {
                throw new NotFoundResponse();
            }
            parts.sessions().start(ctx, "report", Role.STEERING);
            ctx.html(pack.render(lang, context, base));
        });
        routes.get(base + "/report.css", ctx -> ctx.contentType("text/css; charset=utf-8").result(css));
        routes.get(base + "/report.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(js));
    }

    /** The pack renderer of the started dashboard. */
    public SteeringPack pack() {
        return pack;
    }

    /** The municipalities of the councillors' roadmaps (today's borders): code → name. */
    public Map<String, String> municipalities(Lang lang) {
        return parts.reference().get().municipalities();
    }

    private static byte[] resource(String name) {
        try (InputStream in = PrintRoutes.class.getResourceAsStream("/fi/kuntadigi/reports/print/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
