package fi.kuntadigi.dashboard.figures;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every figure the dashboard shows, by id. Each area (potential, maturity, …) contributes its list;
 * {@code DashboardFigures} names the areas.
 */
public final class FigureCatalog {

    private final Map<String, Figure> byId = new LinkedHashMap<>();

    /** The figures of the given areas, in page order; two with one id are refused. */
    @SafeVarargs
    public FigureCatalog(List<Figure>... areas) {
        Stream.of(areas)
                .flatMap(List::stream)
                .forEach(f -> {
                    if (byId.put(f.id(), f) != null) {
                        throw new IllegalStateException("duplicate figure " + f.id());
                    }
                });
    }

    public Optional<Figure> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Figure get(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("no figure " + id));
    }

    public List<Figure> all() {
        return List.copyOf(byId.values());
    }
}
