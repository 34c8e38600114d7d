package fi.kuntadigi.dashboard.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.figures.Figure;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.web.FilterParser;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The JSON API: every figure the pages show at {@code /api/figures/ID} (and {@code /csv}),
 * the list of figures, the OpenAPI document, and a hello-world endpoint for benchmarks.
 */
public final class ApiRoutes {

    private final FigureService figures;
    private final FilterParser parser;
    private final Access access;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final byte[] openApi;
    /** Figure answers are private (logins) and revalidated: a new warehouse version shows at once. */
    private static final String REVALIDATE = "private, no-cache";

    public ApiRoutes(FigureService figures, FilterParser parser, Access access) {
        this.figures = figures;
        this.parser = parser;
        this.access = access;
        this.openApi = resource("/openapi.yaml");
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/hello", ctx -> ctx.json(Map.of("hello", "world")));
        routes.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml").result(openApi));
        routes.get("/api/figures", ctx -> {
            Filters f = parser.parseStrict(ctx.queryParamMap());
            Messages m = Messages.of(f.lang());
            var role = access.session(ctx).role();
            ctx.json(figures.catalog().all().stream().filter(fig -> role.canSee(fig.role()))
                    .map(fig -> Map.of("id", fig.id(), "title", m.get("fig." + fig.id() + ".title"),
                            "href", "/api/figures/" + fig.id()))
                    .toList());
        });
        routes.get("/api/figures/{id}", ctx -> {
            Figure figure = figure(ctx);
            Filters f = parser.parseStrict(ctx.queryParamMap());
            // The marts are immutable per warehouse version: a client holding this version's answer gets 304.
            String current = figures.etag();
            if (FigureService.matches(ctx.header("If-None-Match"), current)) {
                ctx.status(HttpStatus.NOT_MODIFIED).header("ETag", current).header("Cache-Control", REVALIDATE);
                return;
            }
            FigureService.Answer a = figures.answer(figure, f, "json", loaded -> json(FigureJson.of(loaded, Messages.of(f.lang()))));
            if (a.body() == null) {
                missing(ctx, a.result());
                return;
            }
            ctx.header("ETag", a.etag()).header("Cache-Control", REVALIDATE).contentType("application/json").result(a.body());
        });
        routes.get("/api/figures/{id}/csv", ctx -> {
            FigureResult r = load(ctx);
            if (r != null) {
                ctx.header("Content-Disposition", "attachment; filename=\"" + r.figure().id() + ".csv\"");
                ctx.contentType("text/csv; charset=utf-8").result(Exports.csv(r, Messages.of(parser.parseStrict(ctx.queryParamMap()).lang())));
            }
        });
        routes.get("/api/figures/{id}/xlsx", ctx -> {
            FigureResult r = load(ctx);
            if (r != null) {
                ctx.header("Content-Disposition", "attachment; filename=\"" + r.figure().id() + ".xlsx\"");
                ctx.contentType(Exports.XLSX).result(Exports.xlsx(r, Messages.of(parser.parseStrict(ctx.queryParamMap()).lang())));
            }
        });
    }

    /** The figure of the path, if the session may read it. */
    private Figure figure(Context ctx) {
        Figure figure = figures.catalog().find(ctx.pathParam("id"))
                .orElseThrow(() -> new NotFoundResponse("no figure '" + ctx.pathParam("id") + "'; see /api/figures"));
        access.require(ctx, figure.role());
        return figure;
    }

    /** The figure for the request, or null after answering 503 when its mart is missing. */
    private FigureResult load(Context ctx) {
        FigureResult r = figures.load(figure(ctx), parser.parseStrict(ctx.queryParamMap()));
        if (r.missing()) {
            missing(ctx, r);
            return null;
        }
        return r;
    }

    private static void missing(Context ctx, FigureResult r) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE).json(Map.of(
                "error", "mart '" + r.problem().orElseThrow().mart() + "' has not been published",
                "fix", "run the analytics jobs: bin/kuntadigi analyze"));
    }

    private static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException(path + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
