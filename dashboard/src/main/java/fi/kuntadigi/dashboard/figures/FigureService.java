package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.data.Freshness;
import fi.kuntadigi.dashboard.data.Table;
import fi.kuntadigi.dashboard.data.WarehouseVersion;
import fi.kuntadigi.dashboard.i18n.Messages;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Loads figures: checks their marts first, then reads the table and writes its summary. Results
 * are cached until the warehouse publishes again.
 */
public final class FigureService {

    private final DataAccess data;
    private final Freshness freshness;
    private final FigureCatalog catalog;
    private final WarehouseVersion version;
    private final ResultCache cache = new ResultCache();
    /** Computations at once: as many as cores, first come first served, so that a burst keeps short tails. */
    private final Semaphore computing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public FigureService(DataAccess data, Freshness freshness, FigureCatalog catalog) {
        this.data = data;
        this.freshness = freshness;
        this.catalog = catalog;
        this.version = new WarehouseVersion(data.warehouse());
    }

    public FigureCatalog catalog() {
        return catalog;
    }

    public FigureResult load(Figure figure, Filters filters) {
        return cache.get(version.current(), "result", figure, filters, FigureResult.class, () -> read(figure, filters));
    }

    /** The figure rendered by {@code render} (e.g. to JSON bytes), cached with the result. */
    public byte[] rendered(Figure figure, Filters filters, String form, Function<FigureResult, byte[]> render) {
        long current = version.current();
        return cache.get(current, form, figure, filters, byte[].class, () -> render.apply(load(figure, filters)));
    }

    private FigureResult read(Figure figure, Filters filters) {
        computing.acquireUninterruptibly();
        try {
            return compute(figure, filters);
        } finally {
            computing.release();
        }
    }

    private FigureResult compute(Figure figure, Filters filters) {
        Messages messages = Messages.of(filters.lang());
        Optional<Freshness.Problem> problem = freshness.check(figure.marts());
        if (problem.filter(p -> p.kind() == Freshness.Kind.MISSING).isPresent()) {
            return new FigureResult(figure, Table.empty(List.of()), problem, "");
        }
        Table table = figure.source().load(data, filters);
        return new FigureResult(figure, table, problem, Summaries.of(figure, table, messages));
    }
}
