package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Freshness;
import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.i18n.Messages;
import java.util.List;
import java.util.Optional;

/** Loads figures: checks their marts first, then reads the table and writes its summary. */
public final class FigureService {

    private final DataAccess data;
    private final Freshness freshness;
    private final FigureCatalog catalog;

    public FigureService(DataAccess data, Freshness freshness, FigureCatalog catalog) {
        this.data = data;
        this.freshness = freshness;
        this.catalog = catalog;
    }

    public FigureCatalog catalog() {
        return catalog;
    }

    public FigureResult load(Figure figure, Filters filters) {
        Messages messages = Messages.of(filters.lang());
        Optional<Freshness.Problem> problem = freshness.check(figure.marts());
        if (problem.filter(p -> p.kind() == Freshness.Kind.MISSING).isPresent()) {
            return new FigureResult(figure, Table.empty(List.of()), problem, "");
        }
        Table table = figure.source().load(data, filters);
        return new FigureResult(figure, table, problem, Summaries.of(figure, table, messages));
    }
}
