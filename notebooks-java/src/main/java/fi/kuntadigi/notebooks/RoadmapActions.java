package fi.kuntadigi.notebooks;

import fi.kuntadigi.calendar.Quarter;
import fi.kuntadigi.roadmap.Action;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * The roadmap's actions as the scheduler takes them, rebuilt from the {@code roadmap_schedule} mart (with
 * {@code earliest_quarter} from the {@code roadmap_actions} dataset; the actions the analytics added from the
 * potential index start at {@code newActionsEarliest}). Dropped actions are left out.
 *
 * @param actions the actions to schedule
 * @param started ids reported done or in progress (the scheduler keeps them first)
 */
public record RoadmapActions(List<Action> actions, Set<String> started) {

    /** The query that {@link #of(Table, Quarter)} expects. */
    public static final String QUERY = """
            SELECT s.*, a.earliest_quarter FROM {roadmap_schedule} s
            LEFT JOIN {roadmap_actions} a USING (action_id)
            WHERE s.status <> 'dropped' ORDER BY s.priority""";

    public RoadmapActions {
        actions = List.copyOf(actions);
        started = Set.copyOf(started);
    }

    /** From the rows of {@link #QUERY}. */
    public static RoadmapActions of(Table rows, Quarter newActionsEarliest) {
        List<Action> actions = new ArrayList<>();
        Set<String> started = new HashSet<>();
        for (Row r : rows) {
            String deps = text(r, "depends_on");
            String earliest = text(r, "earliest_quarter");
            String origin = r.getString("origin");
            actions.add(new Action(r.getString("action_id"), r.getString("owner"), r.getString("title_fi"),
                    r.getString("title_en"), r.getString("title_sv"), r.getString("category"), origin,
                    deps == null ? List.of() : List.of(deps.split("\\|")), r.getInt("effort_person_days"),
                    r.getLong("cost_cents"), r.getBoolean("is_pilot"),
                    earliest != null ? Quarter.parse(earliest)
                            : origin.equals("digital_potential") ? newActionsEarliest : null,
                    text(r, "legal_basis")));
            String status = r.getString("status");
            if (status.equals("done") || status.equals("in_progress")) {
                started.add(r.getString("action_id"));
            }
        }
        return new RoadmapActions(actions, started);
    }

    private static String text(Row r, String column) {
        if (!r.columnNames().contains(column) || r.isMissing(column)) {
            return null;
        }
        String s = r.getString(column);
        return s.isEmpty() ? null : s;
    }
}
