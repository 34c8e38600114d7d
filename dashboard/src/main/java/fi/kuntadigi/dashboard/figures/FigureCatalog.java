package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.costs.CostFigures;
import fi.kuntadigi.dashboard.maturity.MaturityFigures;
import fi.kuntadigi.dashboard.operations.DataFigures;
import fi.kuntadigi.dashboard.pilots.PilotFigures;
import fi.kuntadigi.dashboard.potential.PotentialFigures;
import fi.kuntadigi.dashboard.roadmap.RoadmapFigures;
import fi.kuntadigi.dashboard.surveys.SurveyFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Every figure the dashboard shows, by id. */
public final class FigureCatalog {

    private final Map<String, Figure> byId = new LinkedHashMap<>();

    public FigureCatalog() {
        Stream.of(MaturityFigures.all(), PotentialFigures.all(), PilotFigures.all(), SurveyFigures.all(),
                        RoadmapFigures.all(), CostFigures.all(), DataFigures.all())
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
