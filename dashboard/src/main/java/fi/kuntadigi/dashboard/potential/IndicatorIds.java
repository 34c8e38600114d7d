package fi.kuntadigi.dashboard.potential;

import fi.kuntadigi.dashboard.figures.FigureResult;
import fi.kuntadigi.dashboard.figures.FigureService;
import fi.kuntadigi.dashboard.figures.Filters;
import fi.kuntadigi.dashboard.i18n.Lang;
import fi.kuntadigi.dashboard.web.FilterParser;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The indicator ids a what-if weight may name: those of the published index. */
public final class IndicatorIds implements FilterParser.WeightIndicators {

    private final FigureService figures;
    /** The ids of the last weights figure read (a what-if request asks once per weight). */
    private volatile Read last;

    private record Read(FigureResult result, Set<String> ids) {
    }

    public IndicatorIds(FigureService figures) {
        this.figures = figures;
    }

    @Override
    public Set<String> ids() {
        FigureResult r = figures.load(figures.catalog().get("potential.weights"), Filters.defaults(Lang.FI));
        Read l = last;
        if (l == null || l.result() != r) {
            l = new Read(r, r.missing() ? Set.of() : Collections.unmodifiableSortedSet(r.table().column("indicator_id").stream()
                    .map(Object::toString).collect(Collectors.toCollection(TreeSet<String>::new))));
            last = l;
        }
        return l.ids();
    }
}
