package fi.kuntadigi.dashboard.views;

import fi.kuntadigi.dashboard.auth.Role;
import java.util.List;
import java.util.Set;

/**
 * One page of the dashboard: a set of figures under one heading, with the filters it offers.
 * Its texts are {@code view.ID.title} and {@code view.ID.intro} in the messages.
 *
 * @param id      key, also the path {@code /ID}
 * @param role    who may see it
 * @param figures figure ids in page order
 * @param filters filters offered: municipality, year, sector
 */
public record View(String id, Role role, List<String> figures, Set<Filter> filters) {

    public View {
        figures = List.copyOf(figures);
        filters = Set.copyOf(filters);
    }

    public String path() {
        return "/" + id;
    }

    /** A filter a view can offer. */
    public enum Filter { MUNICIPALITY, YEAR, SECTOR }
}
