package fi.kuntadigi.dashboard.figures;

import fi.kuntadigi.dashboard.warehouse.Freshness;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.Optional;

/**
 * A figure loaded for one request.
 *
 * @param figure  the figure
 * @param table   its data; empty when a mart is missing
 * @param problem a missing or stale mart, if any (stale data is still shown)
 * @param summary the text summary of the chart, in the request's language
 */
public record FigureResult(Figure figure, Table table, Optional<Freshness.Problem> problem, String summary) {

    public boolean missing() {
        return problem.filter(p -> p.kind() == Freshness.Kind.MISSING).isPresent();
    }
}
