package fi.kuntadigi.dashboard;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.api.ApiRoutes;
import fi.kuntadigi.dashboard.api.BadRequest;
import fi.kuntadigi.dashboard.api.FilterParser;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.AuthRoutes;
import fi.kuntadigi.dashboard.auth.Sessions;
import fi.kuntadigi.dashboard.auth.Users;
import fi.kuntadigi.dashboard.data.Duck;
import fi.kuntadigi.dashboard.data.Freshness;
import fi.kuntadigi.dashboard.data.Reference;
import fi.kuntadigi.dashboard.data.RunRecords;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureCatalog;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.operations.Operations;
import fi.kuntadigi.dashboard.reports.ReportRoutes;
import fi.kuntadigi.dashboard.views.PageRoutes;
import fi.kuntadigi.dashboard.web.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.util.Map;

/** The dashboard web server: wires the warehouse, DuckDB, figures, pages, API and logins into Javalin. */
public final class DashboardServer implements AutoCloseable {

    private final Javalin app;
    private final Duck duck;
    private final Operations operations;

    private DashboardServer(Javalin app, Duck duck, Operations operations) {
        this.app = app;
        this.duck = duck;
        this.operations = operations;
    }

    /**
     * Routes a program embedding the dashboard adds to it (the report printer's print-only pages), with the
     * parts they render from. The dashboard itself never registers one.
     */
    @FunctionalInterface
    public interface Extension {
        void register(RoutesConfig routes, Parts parts);
    }

    /** What an {@link Extension} renders from: the figures, the reference data and the sessions. */
    public record Parts(FigureService figures, Reference reference, Sessions sessions) {
    }

    public static DashboardServer start(Settings settings) {
        return start(settings, (routes, parts) -> { });
    }

    /** Starts the dashboard with the extension's routes added. */
    public static DashboardServer start(Settings settings, Extension extension) {
        Warehouse warehouse = new Warehouse(settings.warehouse());
        Duck duck = new Duck();
        RunRecords runs = new RunRecords(warehouse);
        FigureCatalog catalog = new FigureCatalog();
        FigureService figures = new FigureService(new DataAccess(duck, warehouse, runs), new Freshness(warehouse, runs), catalog);
        Reference reference = new Reference(duck, warehouse);
        FilterParser parser = new FilterParser(reference, new IndicatorIds(figures));
        Sessions sessions = new Sessions();
        Access access = new Access(sessions);
        Users users = settings.users() == null ? Users.none() : Users.load(settings.users());
        Operations operations = Operations.create(settings.warehouse(), settings.operations(), access);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.host();
            config.jetty.port = settings.port();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
                files.headers = Map.of("Cache-Control", "max-age=300");
            });
            byte[] echarts = Assets.echarts();
            config.routes.get(Assets.ECHARTS, ctx -> ctx.header("Cache-Control", "max-age=86400")
                    .contentType("text/javascript; charset=utf-8").result(echarts));
            config.routes.before(SecurityHeaders::apply);
            config.routes.after(ctx -> {
                if ("text/html".equals(ctx.res().getContentType())) {
                    ctx.contentType("text/html; charset=utf-8");
                }
            });
            operations.configure(config);
            config.routes.before(ctx -> {
                if (ctx.method() == HandlerType.POST) {
                    access.checkCsrf(ctx);
                }
            });
            new PageRoutes(figures, parser, reference, access, (view, page) ->
                    view.id().equals("data") ? operations.dataPanel(page) : java.util.List.of()).register(config.routes);
            operations.register(config.routes);
            extension.register(config.routes, new Parts(figures, reference, sessions));
            new ApiRoutes(figures, parser, access).register(config.routes);
            new AuthRoutes(users, sessions).register(config.routes);
            new ReportRoutes(settings.warehouse(), parser, access).register(config.routes);
            config.routes.exception(BadRequest.class, (e, ctx) -> {
                ctx.status(HttpStatus.BAD_REQUEST);
                if (ctx.path().startsWith("/api/")) {
                    ctx.json(Map.of("error", e.getMessage()));
                } else {
                    ctx.contentType("text/plain; charset=utf-8").result("400 Bad Request: " + e.getMessage());
                }
            });
        });
        app.start();
        return new DashboardServer(app, duck, operations);
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        operations.close();
        app.stop();
        duck.close();
    }
}
