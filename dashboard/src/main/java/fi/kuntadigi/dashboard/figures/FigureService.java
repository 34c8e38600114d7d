package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.i18n.Messages;
import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.Reference;
import fi.kuntadigi.dashboard.warehouse.Table;
import fi.kuntadigi.dashboard.warehouse.WarehouseVersion;
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
    private final Reference reference;
    private final WarehouseVersion version;
    private final ResultCache cache = new ResultCache();
    /** This server process, in entity tags. */
    private static final String EPOCH = Long.toString(System.currentTimeMillis(), 36);
    /** Computations at once: as many as cores, first come first served, so that a burst keeps short tails. */
    private final Semaphore computing = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

    public FigureService(DataAccess data, Freshness freshness, FigureCatalog catalog) {
        this(data, freshness, catalog, new Reference(data.duck(), data.warehouse()));
    }

    /** @param reference where Swedish pages find the Swedish names of the marts' Finnish labels */
    public FigureService(DataAccess data, Freshness freshness, FigureCatalog catalog, Reference reference) {
        this.reference = reference;
        this.data = data;
        this.freshness = freshness;
        this.catalog = catalog;
        this.version = WarehouseVersion.of(data.warehouse());
    }

    public FigureCatalog catalog() {
        return catalog;
    }

    public FigureResult load(Figure figure, Filters filters) {
        return load(version.current(), figure, filters);
    }

    private FigureResult load(long current, Figure figure, Filters filters) {
        if (!figure.source().cached(filters)) {
            return compute(figure, filters);
        }
        return cache.get(current, "result", figure, filters, FigureResult.class, () -> read(figure, filters));
    }

    /**
     * A figure's answer for the API: the result, its body rendered by {@code render} (e.g. JSON
     * bytes, cached with the result until the warehouse publishes again) and the entity tag of
     * the warehouse version both were read at. The body is null when a mart is missing.
     *
     * @param result the figure's result
     * @param body   the rendered result, or null when a mart is missing
     * @param etag   entity tag of the answer (see {@link #etag()})
     */
    public record Answer(FigureResult result, byte[] body, String etag) {
    }

    /** The figure rendered by {@code render} (form names the rendering, e.g. json), with its result and entity tag. */
    public Answer answer(Figure figure, Filters filters, String form, Function<FigureResult, byte[]> render) {
        long current = version.current();
        FigureResult result = load(current, figure, filters);
        if (result.missing()) {
            return new Answer(result, null, null);
        }
        byte[] body = figure.source().cached(filters) ? cache.get(current, form, figure, filters, byte[].class,
                () -> render.apply(result)) : render.apply(result);
        return new Answer(result, body, etag(current));
    }

    /**
     * The entity tag every figure answer has now: the published marts are immutable per warehouse
     * version, so an answer is the same bytes for the same URL until the version changes. The
     * server's start time is part of it, so that a new build never answers 304 for an old body.
     */
    public String etag() {
        return etag(version.current());
    }

    private String etag(long current) {
        return "W/\"" + EPOCH + "-" + Long.toHexString(current) + "\"";
    }

    /** Whether an {@code If-None-Match} header names the given entity tag (or is {@code *}). */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(etag) || ("W/" + t).equals(etag)) {
                return true;
            }
        }
        return false;
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
        Table table = reference.get().labels(figure.source().load(data, filters), filters.lang());
        return new FigureResult(figure, table, problem, Summaries.of(figure, table, messages));
    }
}
