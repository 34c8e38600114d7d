package fi.kuntadigi.reports.pack;

import com.fasterxml.jackson.annotation.JsonProperty;
import fi.kuntadigi.dashboard.warehouse.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each roadmap action stood when a pack was made (kept beside the pack as JSON), so that the next
 * pack can say what slipped: an action that now finishes later, was dropped, or no longer fits the plan.
 *
 * @param dataVersion the data version of the pack it was taken for
 * @param actions     action (owner: title, in the pack's language) → its status and last quarter
 */
public record RoadmapSnapshot(@JsonProperty("data_version") String dataVersion,
                              @JsonProperty("actions") Map<String, Action> actions) {

    /** @param status done, in_progress, planned or dropped  @param endQuarter e.g. 2023Q4 */
    public record Action(@JsonProperty("status") String status, @JsonProperty("end_quarter") String endQuarter) {
    }

    /** A change for the worse since the earlier snapshot. */
    public record Slip(String action, Kind kind, String endQuarter, String earlierEndQuarter) {
    }

    public enum Kind { MOVED, DROPPED, UNPLACED }

    /** The snapshot of figure {@code roadmap.timeline}'s table (action, start_quarter, end_quarter, status …). */
    public static RoadmapSnapshot of(String dataVersion, Table timeline) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (List<Object> row : timeline.rows()) {
            actions.put(String.valueOf(row.get(timeline.indexOf("action"))),
                    new Action(String.valueOf(row.get(timeline.indexOf("status"))), (String) row.get(timeline.indexOf("end_quarter"))));
        }
        return new RoadmapSnapshot(dataVersion, actions);
    }

    /** What slipped from {@code earlier} to this one, in this snapshot's order. */
    public List<Slip> slippedSince(RoadmapSnapshot earlier) {
        List<Slip> slips = new ArrayList<>();
        earlier.actions().forEach((name, before) -> {
            Action now = actions.get(name);
            if (now == null) {
                slips.add(new Slip(name, Kind.UNPLACED, null, before.endQuarter()));
            } else if ("dropped".equals(now.status()) && !"dropped".equals(before.status())) {
                slips.add(new Slip(name, Kind.DROPPED, now.endQuarter(), before.endQuarter()));
            } else if (now.endQuarter() != null && before.endQuarter() != null && now.endQuarter().compareTo(before.endQuarter()) > 0) {
                slips.add(new Slip(name, Kind.MOVED, now.endQuarter(), before.endQuarter()));
            }
        });
        return slips;
    }
}
