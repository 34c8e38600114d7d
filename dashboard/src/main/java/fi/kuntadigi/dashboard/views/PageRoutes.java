package fi.kuntadigi.dashboard.views;

import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.api.FilterParser;
import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.data.Reference;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;
import io.javalin.config.RoutesConfig;
import fi.kuntadigi.dashboard.api.InvalidWeights;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import j2html.tags.DomContent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HTML pages: one route per view, the officials' view and the start page. */
public final class PageRoutes {

    private final FigureService figures;
    private final FilterParser parser;
    private final Reference reference;
    private final Access access;
    private final java.util.function.BiFunction<View, Page, List<DomContent>> extras;

    public PageRoutes(FigureService figures, FilterParser parser, Reference reference, Access access) {
        this(figures, parser, reference, access, (view, page) -> List.of());
    }

    /** @param extras what a view shows after its figures (the data-and-jobs view: run history and forms) */
    public PageRoutes(FigureService figures, FilterParser parser, Reference reference, Access access,
                      java.util.function.BiFunction<View, Page, List<DomContent>> extras) {
        this.figures = figures;
        this.parser = parser;
        this.reference = reference;
        this.access = access;
        this.extras = extras;
    }

    public void register(RoutesConfig routes) {
        routes.get("/", ctx -> {
            Filters f = parser.parse(ctx.queryParamMap());
            String target = access.session(ctx).role().canSee(Role.STEERING) ? "/overview" : "/roadmap";
            ctx.redirect(target + "?lang=" + f.lang().code());
        });
        for (View view : Views.all()) {
            routes.get(view.path(), ctx -> view(ctx, view));
        }
        routes.get("/" + Views.OFFICIALS, this::officials);
    }

    private Page page(Context ctx, Filters filters) {
        return new Page(ctx.path(), filters, access.session(ctx), Messages.of(filters.lang()));
    }

    private void view(Context ctx, View view) {
        Optional<InvalidWeights> invalid = Optional.empty();
        Filters filters;
        try {
            filters = parser.parse(ctx.queryParamMap());
        } catch (InvalidWeights e) {
            if (!view.figures().contains("potential.whatif")) {
                throw e;
            }
            invalid = Optional.of(e);
            Map<String, List<String>> rest = new LinkedHashMap<>(ctx.queryParamMap());
            rest.keySet().removeIf(k -> k.startsWith(FilterParser.WEIGHT_PREFIX));
            filters = parser.parse(rest);
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        if (!access.session(ctx).role().canSee(view.role())) {
            String next = URLEncoder.encode(ctx.path() + filters.queryString(), StandardCharsets.UTF_8);
            ctx.redirect("/login?lang=" + filters.lang().code() + "&next=" + next);
            return;
        }
        Page page = page(ctx, filters);
        Messages m = page.messages();
        List<DomContent> content = new ArrayList<>();
        content.add(h1(m.get("view." + view.id() + ".title")));
        content.add(p(m.get("view." + view.id() + ".intro")).withClass("lead"));
        content.add(FilterForm.render(page, view, reference.get(), reference.sectors()));
        for (String id : view.figures()) {
            if (id.equals("potential.whatif")) {
                continue; // beside the weights form
            }
            FigureResult result = figures.load(figures.catalog().get(id), filters);
            if (id.equals("potential.weights") && !result.missing()) {
                content.add(WeightsForm.panel(page, result, figures.load(figures.catalog().get("potential.whatif"), filters),
                        invalid));
            }
            content.add(FigurePanel.render(page, result));
        }
        content.addAll(extras.apply(view, page));
        ctx.html(Layout.render(page, m.get("view." + view.id() + ".title"), content.toArray(DomContent[]::new)));
    }

    private void officials(Context ctx) {
        Filters filters = parser.parse(ctx.queryParamMap());
        var municipalities = reference.get().municipalities();
        if (municipalities.isEmpty()) {
            Page page = page(ctx, filters);
            ctx.html(Layout.render(page, page.messages().get("view.officials.title"),
                    h1(page.messages().get("view.officials.title")), p(page.messages().get("notice.no_reference"))));
            return;
        }
        String code = filters.municipality() != null ? filters.municipality() : municipalities.keySet().iterator().next();
        Filters own = filters.withMunicipality(code);
        FigureResult plan = figures.load(figures.catalog().get("roadmap.plain"), own);
        ctx.html(OfficialsPage.render(page(ctx, own), municipalities, code, plan));
    }
}
