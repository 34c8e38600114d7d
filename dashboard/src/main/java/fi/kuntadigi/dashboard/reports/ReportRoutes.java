package fi.kuntadigi.dashboard.reports;

import static j2html.TagCreator.a;
import static j2html.TagCreator.caption;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.p;
import static j2html.TagCreator.section;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.tr;

import fi.kuntadigi.catalog.ReportFiles;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Format;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.i18n.Times;
import fi.kuntadigi.dashboard.web.FilterParser;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.dashboard.web.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import j2html.tags.DomContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The PDF reports page ({@code /reports}) and their downloads ({@code /reports/<run>/<file>}): the councillors'
 * roadmaps for everyone, the steering group's pack for the steering group and analysts. Only files a run's
 * manifest lists are served.
 */
public final class ReportRoutes {

    public static final String PATH = "/" + Views.REPORTS;

    private final ReportList reports;
    private final FilterParser parser;
    private final Access access;

    public ReportRoutes(Path warehouse, FilterParser parser, Access access) {
        this.reports = new ReportList(warehouse);
        this.parser = parser;
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list);
        routes.get(PATH + "/{run}/{file}", this::download);
    }

    private static Role roleOf(ReportFiles.Report report) {
        return ReportFiles.STEERING.equals(report.kind()) ? Role.STEERING : Role.PUBLIC;
    }

    private void list(Context ctx) {
        Filters filters = parser.parse(ctx.queryParamMap());
        Page page = new Page(ctx.path(), filters, access.session(ctx), Messages.of(filters.lang()));
        Messages m = page.messages();
        Role role = page.session().role();
        List<DomContent> content = new ArrayList<>();
        content.add(h1(m.get("reports.title")));
        content.add(p(m.get(role.canSee(Role.STEERING) ? "reports.intro.steering" : "reports.intro")).withClass("lead"));
        List<ReportList.Run> runs = reports.newestFirst();
        if (runs.isEmpty()) {
            content.add(p(m.get("reports.none")));
        }
        for (ReportList.Run run : runs) {
            List<ReportFiles.Report> visible = run.manifest().files().stream().filter(f -> role.canSee(roleOf(f))).toList();
            if (visible.isEmpty()) {
                continue;
            }
            String made = Times.moment(run.manifest().generatedAt(), m.lang());
            String title = m.format("reports.run", made);
            content.add(section(h2(title),
                    p(m.format("reports.version", run.manifest().dataVersion(), Times.moment(run.manifest().computedAt(), m.lang()))),
                    div(table(caption(title),
                            thead(tr(th(m.get("reports.col.report")).attr("scope", "col"), th(m.get("reports.col.lang")).attr("scope", "col"),
                                    th(m.get("reports.col.pages")).attr("scope", "col"))),
                            tbody(each(visible.stream().map(f -> tr(
                                    th(a(f.title()).withHref(PATH + "/" + run.manifest().runId() + "/" + f.file())
                                            .attr("type", "application/pdf").attr("hreflang", f.lang())).attr("scope", "row"),
                                    td(Lang.of(f.lang()).map(Lang::selfName).orElse(f.lang())), td(Format.value(f.pages(), m.lang())).withClass("num")))))))
                            .withClass("table-wrap")).withClass("figure"));
        }
        ctx.html(Layout.render(page, m.get("reports.title"), content.toArray(DomContent[]::new)));
    }

    private void download(Context ctx) throws IOException {
        ReportList.Found found = reports.find(ctx.pathParam("run"), ctx.pathParam("file")).orElseThrow(NotFoundResponse::new);
        access.require(ctx, roleOf(found.report()));
        ctx.header("Content-Disposition", "attachment; filename=\"" + found.report().file() + "\"")
                .header("Cache-Control", "private, max-age=3600")
                .contentType("application/pdf");
        InputStream in = Files.newInputStream(found.path());
        ctx.result(in);
    }
}
