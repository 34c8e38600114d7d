package fi.kuntadigi.dashboard;

import fi.kuntadigi.catalog.Warehouse;
import fi.kuntadigi.dashboard.api.ApiRoutes;
import fi.kuntadigi.dashboard.audit.AuditLog;
import fi.kuntadigi.dashboard.audit.RequestAudit;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.login.LoginRoutes;
import fi.kuntadigi.dashboard.auth.LoginCsrf;
import fi.kuntadigi.dashboard.auth.LoginThrottle;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.auth.Sessions;
import fi.kuntadigi.dashboard.auth.Users;
import fi.kuntadigi.dashboard.figures.DataAccess;
import fi.kuntadigi.dashboard.figures.FigureCatalog;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.operations.Operations;
import fi.kuntadigi.dashboard.potential.IndicatorIds;
import fi.kuntadigi.dashboard.reports.ReportRoutes;
import fi.kuntadigi.dashboard.roadmap.OfficialsRoutes;
import fi.kuntadigi.dashboard.warehouse.Duck;
import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.Reference;
import fi.kuntadigi.dashboard.warehouse.RunRecords;
import fi.kuntadigi.dashboard.web.Assets;
import fi.kuntadigi.dashboard.http.BodyLimit;
import fi.kuntadigi.dashboard.web.ErrorPages;
import fi.kuntadigi.dashboard.web.FilterParser;
import fi.kuntadigi.dashboard.http.Proxy;
import fi.kuntadigi.dashboard.http.SecurityHeaders;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The dashboard web server: wires the warehouse, DuckDB, figures, pages, API and logins into Javalin. */
public final class DashboardServer implements AutoCloseable {

    /** The upload route: its body is bounded by the upload limits, for analysts only. */
    private static final String UPLOADS = "/data/uploads";

    private final Javalin app;
    private final Duck duck;
    private final Operations operations;
    private final Sessions sessions;
    private final AuditLog audit;
    private final Users users;

    private DashboardServer(Javalin app, Duck duck, Operations operations, Sessions sessions, AuditLog audit, Users users) {
        this.app = app;
        this.duck = duck;
        this.operations = operations;
        this.sessions = sessions;
        this.audit = audit;
        this.users = users;
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
        FigureCatalog catalog = DashboardFigures.catalog();
        Reference reference = new Reference(duck, warehouse);
        FigureService figures = new FigureService(new DataAccess(duck, warehouse, runs), new Freshness(warehouse, runs), catalog);
        FilterParser parser = new FilterParser(reference, new IndicatorIds(figures));
        SecuritySettings security = settings.security();
        Users users = settings.users() == null ? Users.none()
                : security.demoUsers() ? Users.load(settings.users()) : Users.loadPrivate(settings.users());
        Proxy proxy = new Proxy(security.trustedProxies());
        Sessions sessions = new Sessions(proxy, security.sessionIdle(), security.sessionLifetime());
        LoginCsrf loginCsrf = new LoginCsrf(proxy);
        Access access = new Access(sessions, loginCsrf);
        AuditLog auditLog = AuditLog.open(security.auditLogFile(settings.warehouse()));
        RequestAudit audit = new RequestAudit(auditLog, proxy, access);
        SecurityHeaders headers = new SecurityHeaders(proxy);
        BodyLimit bodyLimit = new BodyLimit(security.maxFormBytes(), ctx -> ctx.path().equals(UPLOADS)
                && ctx.method() == HandlerType.POST && access.session(ctx).role().canSee(Role.ANALYST));
        Operations operations = Operations.create(settings.warehouse(), settings.operations(), access);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.http.prefer405over404 = true;
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
            for (Lang lang : Lang.values()) {
                Assets.echartsLocaleScript(lang.code()).ifPresent(texts -> config.routes.get(Assets.echartsLocale(lang.code()).orElseThrow(),
                        ctx -> ctx.header("Cache-Control", "max-age=86400").contentType("text/javascript; charset=utf-8").result(texts)));
            }
            config.routes.before(headers::apply);
            config.routes.before(bodyLimit::check);
            config.routes.after(ctx -> {
                if ("text/html".equals(ctx.res().getContentType())) {
                    ctx.contentType("text/html; charset=utf-8");
                }
                SecurityHeaders.noStoreIfPrivate(ctx, ctx.attribute(Access.NEEDS_LOGIN) != null || access.session(ctx).loggedIn());
            });
            config.routes.after(audit::after);
            operations.configure(config);
            config.routes.before(ctx -> {
                if (ctx.method() == HandlerType.POST) {
                    access.checkCsrf(ctx);
                }
            });
            new PageRoutes(figures, parser, reference, access, (view, page) ->
                    view.id().equals("data") ? operations.dataPanel(page) : List.of()).register(config.routes);
            new OfficialsRoutes(figures, parser, reference, access).register(config.routes);
            operations.register(config.routes);
            extension.register(config.routes, new Parts(figures, reference, sessions));
            new ApiRoutes(figures, parser, access).register(config.routes);
            new LoginRoutes(new LoginRoutes.Parts(users, sessions, access, loginCsrf,
                    new LoginThrottle(security.login(), Clock.systemUTC()), proxy, audit)).register(config.routes);
            new ReportRoutes(settings.warehouse(), parser, access).register(config.routes);
            new ErrorPages(access).register(config.routes);
        });
        app.start();
        return new DashboardServer(app, duck, operations, sessions, auditLog, users);
    }

    public int port() {
        return app.port();
    }

    /** How many sessions the server stores (only logged-in users have one). */
    public int storedSessions() {
        return sessions.size();
    }

    /** Where the audit log is written. */
    public Path auditLog() {
        return audit.file();
    }

    /** How many users may log in (0: only the public views). */
    public int users() {
        return users.size();
    }

    @Override
    public void close() {
        operations.close();
        app.stop();
        duck.close();
        audit.close();
    }
}
