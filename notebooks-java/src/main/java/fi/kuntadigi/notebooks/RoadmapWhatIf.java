package fi.kuntadigi.notebooks;

import fi.kuntadigi.analytics.config.RoadmapSettings;
import fi.kuntadigi.roadmap.Placement;
import fi.kuntadigi.roadmap.RoadmapScheduler;
import java.util.HashMap;
import java.util.Map;
import tech.tablesaw.api.BooleanColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Re-runs the analytics module's {@link RoadmapScheduler} (plain Java, no Spark) on the roadmap's actions
 * with changed settings, and compares two schedules.
 */
public final class RoadmapWhatIf {

    private RoadmapWhatIf() {
    }

    /** The settings with one owner's yearly capacity replaced. */
    public static RoadmapSettings withCapacity(RoadmapSettings s, String owner, int personDays, long cents) {
        Map<String, RoadmapSettings.Capacity> caps = new HashMap<>(s.capacities());
        caps.put(owner, new RoadmapSettings.Capacity(personDays, cents));
        return new RoadmapSettings(s.first(), s.last(), s.maxConcurrentPilots(), s.pilotQuarters(), s.actionQuarters(),
                caps, s.topPotentialPerMunicipality(), s.potentialActionPersonDays(), s.newActionsEarliest());
    }

    /** The settings with a different number of pilots running at once. */
    public static RoadmapSettings withConcurrentPilots(RoadmapSettings s, int pilots) {
        return new RoadmapSettings(s.first(), s.last(), pilots, s.pilotQuarters(), s.actionQuarters(),
                s.capacities(), s.topPotentialPerMunicipality(), s.potentialActionPersonDays(), s.newActionsEarliest());
    }

    /** The schedule: action_id, owner, priority, placed, start_quarter (empty when not placed). */
    public static Table schedule(RoadmapActions actions, RoadmapSettings settings) {
        StringColumn id = StringColumn.create("action_id");
        StringColumn owner = StringColumn.create("owner");
        IntColumn priority = IntColumn.create("priority");
        BooleanColumn placed = BooleanColumn.create("placed");
        StringColumn start = StringColumn.create("start_quarter");
        for (Placement p : new RoadmapScheduler(settings).schedule(actions.actions(), actions.started())) {
            id.append(p.action().id());
            owner.append(p.action().owner());
            priority.append(p.priority());
            placed.append(p.placed());
            start.append(p.placed() ? p.start().toString() : "");
        }
        return Table.create("schedule", id, owner, priority, placed, start);
    }

    /**
     * Actions starting in each year (rows) of each scenario's schedule (columns, in the map's order); a last
     * {@code not_placed} row counts the actions that do not fit at all.
     */
    public static Table startsPerYear(Map<String, Table> schedules, int firstYear, int lastYear) {
        StringColumn year = StringColumn.create("year");
        for (int y = firstYear; y <= lastYear; y++) {
            year.append(Integer.toString(y));
        }
        year.append("not_placed");
        Table t = Table.create("starts_per_year", year);
        schedules.forEach((name, schedule) -> {
            IntColumn counts = IntColumn.create(name, new int[year.size()]);
            for (String start : schedule.stringColumn("start_quarter")) {
                int row = start.isEmpty() ? year.size() - 1 : Integer.parseInt(start.substring(0, 4)) - firstYear;
                counts.set(row, counts.get(row) + 1);
            }
            t.addColumns(counts);
        });
        return t;
    }

    /**
     * Baseline and what-if side by side per action, with {@code moved} true when the start quarter (or whether
     * it is placed at all) differs.
     */
    public static Table compare(Table baseline, Table whatIf) {
        Table b = baseline.selectColumns("action_id", "owner", "start_quarter").copy();
        b.column("start_quarter").setName("baseline_start");
        Table w = whatIf.selectColumns("action_id", "start_quarter").copy();
        w.column("start_quarter").setName("whatif_start");
        Table joined = b.joinOn("action_id").leftOuter(w);
        BooleanColumn moved = BooleanColumn.create("moved");
        for (int r = 0; r < joined.rowCount(); r++) {
            moved.append(!joined.stringColumn("baseline_start").get(r).equals(joined.stringColumn("whatif_start").get(r)));
        }
        return joined.addColumns(moved).sortAscendingOn("owner", "action_id").setName("comparison");
    }
}
