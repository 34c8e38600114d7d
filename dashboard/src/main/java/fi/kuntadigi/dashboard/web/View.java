package fi.kuntadigi.dashboard.web;

import fi.kuntadigi.dashboard.auth.Role;
import java.util.List;
import java.util.Locale;
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

    /** Whether the view offers a municipality filter (one municipality or all). */
    public boolean offersMunicipality() {
        return filters.contains(Filter.MUNICIPALITY) || filters.contains(Filter.ONE_MUNICIPALITY);
    }

    /**
     * A filter a view can offer: {@code ONE_MUNICIPALITY} is a municipality that must be chosen (no "all"),
     * for a view about one municipality.
     */
    public enum Filter { MUNICIPALITY, ONE_MUNICIPALITY, YEAR, SECTOR;

        /** The query parameter, also the name a figure source reads it by. */
        public String parameter() {
            return this == ONE_MUNICIPALITY ? "municipality" : name().toLowerCase(Locale.ROOT);
        }
    }
}
