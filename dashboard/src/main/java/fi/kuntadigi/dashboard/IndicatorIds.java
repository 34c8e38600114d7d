package fi.kuntadigi.dashboard;

import fi.kuntadigi.dashboard.api.FilterParser;
import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import java.util.Set;
import java.util.stream.Collectors;

/** The indicator ids a what-if weight may name: those of the published index. */
final class IndicatorIds implements FilterParser.WeightIndicators {

    private final FigureService figures;

    IndicatorIds(FigureService figures) {
        this.figures = figures;
    }

    @Override
    public Set<String> ids() {
        FigureResult r = figures.load(figures.catalog().get("potential.weights"), Filters.defaults(Lang.FI));
        return r.missing() ? Set.of() : r.table().column("indicator_id").stream().map(Object::toString)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }
}
