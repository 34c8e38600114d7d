package fi.kuntadigi.dashboard.web;

import static fi.kuntadigi.dashboard.web.View.Filter.MUNICIPALITY;
import static fi.kuntadigi.dashboard.web.View.Filter.ONE_MUNICIPALITY;
import static fi.kuntadigi.dashboard.web.View.Filter.SECTOR;
import static fi.kuntadigi.dashboard.web.View.Filter.YEAR;

import fi.kuntadigi.dashboard.auth.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The dashboard's views in navigation order; the officials' view is a page of its own. */
public final class Views {

    private Views() {
    }

    public static final String OFFICIALS = "officials";
    /** The list of printed reports ({@code reports.ReportRoutes}), a page of its own in the navigation too. */
    public static final String REPORTS = "reports";

    private static final List<View> ALL = List.of(
            new View("overview", Role.STEERING, List.of("maturity.index", "potential.top", "roadmap.progress", "costs.budget"), Set.of()),
            new View("municipality", Role.STEERING,
                    List.of("transactions.history", "transactions.channels", "transactions.take_up", "maturity.sectors"),
                    Set.of(ONE_MUNICIPALITY, YEAR, SECTOR)),
            new View("maturity", Role.STEERING, List.of("maturity.index", "maturity.dimensions"), Set.of(MUNICIPALITY, SECTOR)),
            new View("potential", Role.STEERING,
                    List.of("potential.heatmap", "potential.ranking", "potential.sensitivity", "potential.savings", "potential.weights",
                            "potential.whatif"),
                    Set.of(MUNICIPALITY, SECTOR)),
            new View("pilots", Role.STEERING,
                    List.of("pilots.feedback", "pilots.map", "pilots.chat", "pilots.eforms", "pilots.support", "pilots.signals"),
                    Set.of(MUNICIPALITY)),
            new View("surveys", Role.STEERING, List.of("surveys.results"), Set.of(MUNICIPALITY)),
            new View("roadmap", Role.PUBLIC, List.of("roadmap.timeline", "roadmap.progress"), Set.of(MUNICIPALITY)),
            new View("costs", Role.STEERING, List.of("costs.budget", "costs.funding", "costs.findings"), Set.of()),
            new View("data", Role.ANALYST,
                    List.of("data.runs", "data.datasets", "data.marts", "data.quarantine", "data.quarantine_rows"), Set.of()));

    public static List<View> all() {
        return ALL;
    }

    public static Optional<View> find(String id) {
        return ALL.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
