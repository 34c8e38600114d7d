package fi.kuntadigi.dashboard.roadmap;

import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Reference;
import fi.kuntadigi.dashboard.web.FilterParser;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.dashboard.web.Views;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** The officials' view ({@code /officials}): the chosen municipality's roadmap, or every one's, each on a sheet of its own. */
public final class OfficialsRoutes {

    private final FigureService figures;
    private final FilterParser parser;
    private final Reference reference;
    private final Access access;

    public OfficialsRoutes(FigureService figures, FilterParser parser, Reference reference, Access access) {
        this.figures = figures;
        this.parser = parser;
        this.reference = reference;
        this.access = access;
    }

    public void register(RoutesConfig routes) {
        routes.get("/" + Views.OFFICIALS, this::officials);
    }

    private Page page(Context ctx, Filters filters) {
        return new Page(ctx.path(), filters, access.session(ctx), Messages.of(filters.lang()));
    }

    private void officials(Context ctx) {
        Filters filters = parser.parse(ctx.queryParamMap());
        var municipalities = reference.get().municipalities(filters.lang());
        if (municipalities.isEmpty()) {
            Page page = page(ctx, filters);
            ctx.html(Layout.render(page, page.messages().get("view.officials.title"),
                    h1(page.messages().get("view.officials.title")), p(page.messages().get("notice.no_reference"))));
            return;
        }
        String chosen = filters.municipality();
        List<OfficialsPage.Sheet> sheets = new ArrayList<>();
        municipalities.forEach((code, name) -> {
            if (chosen == null || chosen.equals(code)) {
                sheets.add(new OfficialsPage.Sheet(code, name,
                        figures.load(figures.catalog().get("roadmap.plain"), filters.withMunicipality(code))));
            }
        });
        ctx.html(OfficialsPage.render(page(ctx, filters), municipalities, chosen, sheets));
    }
}
