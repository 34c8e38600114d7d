package fi.kuntadigi.dashboard;

import static j2html.TagCreator.h1;
import static j2html.TagCreator.p;

import fi.kuntadigi.dashboard.auth.Access;
import fi.kuntadigi.dashboard.auth.Role;
import fi.kuntadigi.dashboard.auth.RoleRequired;
import fi.kuntadigi.dashboard.auth.Session;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.potential.WeightsForm;
import fi.kuntadigi.dashboard.warehouse.Reference;
import fi.kuntadigi.dashboard.web.FigurePanel;
import fi.kuntadigi.dashboard.web.FilterForm;
import fi.kuntadigi.dashboard.web.FilterParser;
import fi.kuntadigi.dashboard.web.InvalidWeights;
import fi.kuntadigi.dashboard.web.Layout;
import fi.kuntadigi.dashboard.web.Page;
import fi.kuntadigi.dashboard.web.View;
import fi.kuntadigi.dashboard.web.Views;
import io.javalin.config.RoutesConfig;
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
import java.util.Set;
import java.util.function.BiFunction;

/** The HTML pages: one route per view and the start page (the officials' view is the roadmap's {@code OfficialsRoutes}). */
public final class PageRoutes {

    private final FigureService figures;
    private final FilterParser parser;
    private final Reference reference;
    private final Access access;
    private final BiFunction<View, Page, List<DomContent>> extras;

    public PageRoutes(FigureService figures, FilterParser parser, Reference reference, Access access) {
        this(figures, parser, reference, access, (view, page) -> List.of());
    }

    /** @param extras what a view shows after its figures (the data-and-jobs view: run history and forms) */
    public PageRoutes(FigureService figures, FilterParser parser, Reference reference, Access access,
                      BiFunction<View, Page, List<DomContent>> extras) {
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
        Session session = access.session(ctx);
        if (session.loggedIn() && !session.role().canSee(view.role())) {
            throw new RoleRequired(view.role());
        }
        if (!session.role().canSee(view.role())) {
            String next = URLEncoder.encode(ctx.path() + filters.queryString(), StandardCharsets.UTF_8);
            ctx.redirect("/login?lang=" + filters.lang().code() + "&next=" + next);
            return;
        }
        if (view.filters().contains(View.Filter.ONE_MUNICIPALITY) && filters.municipality() == null) {
            filters = filters.withMunicipality(defaultMunicipality());
        }
        Page page = page(ctx, filters);
        Messages m = page.messages();
        String title = title(view, page);
        List<DomContent> content = new ArrayList<>();
        content.add(h1(title));
        content.add(p(m.get("view." + view.id() + ".intro")).withClass("lead"));
        if (view.filters().contains(View.Filter.ONE_MUNICIPALITY) && MERGED.contains(filters.municipality())) {
            content.add(p(m.get("municipality.merged")).withClass("note"));
        }
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
            content.add(FigurePanel.render(page, result, ignored(view, result, m)));
        }
        content.addAll(extras.apply(view, page));
        ctx.html(Layout.render(page, title, content.toArray(DomContent[]::new)));
    }

    /** Municipalities whose page tells about the 2021 merger: Kankaanpää and Honkajoki, merged into it. */
    private static final Set<String> MERGED = Set.of("214", "099");

    /** The view's heading; a view about one municipality names it. */
    private String title(View view, Page page) {
        Messages m = page.messages();
        String code = page.filters().municipality();
        if (view.filters().contains(View.Filter.ONE_MUNICIPALITY) && code != null) {
            return m.format("view." + view.id() + ".heading",
                    reference.get().municipalities(page.filters().lang()).getOrDefault(code, code));
        }
        return m.get("view." + view.id() + ".title");
    }

    /** A municipality page without a choice shows the largest municipality, Kankaanpää, or else the first one. */
    private String defaultMunicipality() {
        var known = reference.get().municipalities();
        return known.containsKey("214") || known.isEmpty() ? "214" : known.keySet().iterator().next();
    }

    /** The sentences saying which of the view's filters a figure does not read. */
    private static List<String> ignored(View view, FigureResult result, Messages m) {
        List<String> notes = new ArrayList<>();
        for (View.Filter filter : View.Filter.values()) {
            if (view.filters().contains(filter) && !result.figure().source().filters().contains(filter.parameter())) {
                notes.add(m.get("figure.ignores." + filter.parameter()));
            }
        }
        return notes;
    }
}
