package fi.kuntadigi.analytics.roadmap;

import fi.kuntadigi.calendar.Quarter;
import fi.kuntadigi.analytics.config.RoadmapSettings;
import fi.kuntadigi.analytics.potential.PotentialRanking;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.DatasetRow;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.catalog.Marts;
import fi.kuntadigi.roadmap.Action;
import fi.kuntadigi.roadmap.Placement;
import fi.kuntadigi.roadmap.RoadmapScheduler;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Roadmap marts: the schedule with reasons and status, capacity used, and plan vs actual per year. */
public final class RoadmapJob implements MartJob {

    /** The latest status report of an action. */
    record Status(String status, LocalDate reportedOn) {
    }

    @Override
    public String feature() {
        return "roadmap";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.ROADMAP_ACTIONS, Datasets.ROADMAP_STATUS);
    }

    @Override
    public Set<Class<?>> reads() {
        return Set.of(PotentialRanking.class);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        RoadmapSettings settings = ctx.config().roadmap();
        ReferenceData ref = ctx.reference();
        List<Action> actions = new ArrayList<>();
        for (DatasetRow r : ctx.collect(Datasets.ROADMAP_ACTIONS)) {
            String deps = r.string("depends_on");
            String earliest = r.string("earliest_quarter");
            actions.add(new Action(r.string("action_id"), r.string("owner"), r.string("title_fi"), r.string("title_en"),
                    Swedish.or(r.string("title_sv"), r.string("title_fi")), r.string("category"), r.string("origin"),
                    deps == null ? List.of() : List.of(deps.split("\\|")),
                    r.integer("effort_person_days"), r.longValue("cost_cents"), r.bool("is_pilot"),
                    earliest == null ? null : Quarter.parse(earliest), r.string("legal_basis")));
        }
        actions.addAll(PotentialCandidates.of(ctx.shared(PotentialRanking.class), actions, ref, settings));
        Map<String, Status> status = new HashMap<>();
        for (DatasetRow r : ctx.collect(Datasets.ROADMAP_STATUS)) {
            Status s = new Status(r.string("status"), r.date("reported_on"));
            status.merge(r.string("action_id"), s, (a, b) -> a.reportedOn().isAfter(b.reportedOn()) ? a : b);
        }
        Set<String> started = new HashSet<>();
        Set<String> dropped = new HashSet<>();
        status.forEach((id, s) -> {
            if (s.status().equals("done") || s.status().equals("in_progress")) {
                started.add(id);
            } else if (s.status().equals("dropped")) {
                dropped.add(id);
            }
        });
        RoadmapScheduler scheduler = new RoadmapScheduler(settings);
        List<Placement> placements = scheduler.schedule(actions.stream().filter(a -> !dropped.contains(a.id())).toList(),
                started);
        List<MartRow> schedule = new ArrayList<>();
        for (Placement p : placements) {
            schedule.add(scheduleRow(p, ref, status.get(p.action().id())));
        }
        int priority = placements.size();
        for (Action a : actions) {
            if (dropped.contains(a.id())) {
                schedule.add(scheduleRow(new Placement(a, ++priority, null, null,
                        "Ei sijoitettu: pudotettu tiekartalta tilanneraportissa.",
                        "Not placed: dropped from the roadmap in a status report.",
                        "Inte placerad: struken ur färdplanen i en lägesrapport."), ref, status.get(a.id())));
            }
        }
        return List.of(MartTable.of(Marts.ROADMAP_SCHEDULE, schedule),
                MartTable.of(Marts.ROADMAP_CAPACITY, capacity(actions, scheduler, settings)),
                MartTable.of(Marts.ROADMAP_PROGRESS, progress(placements, status, ref)));
    }

    /** The owner's name: the municipality's, or "joint". */
    private static Labels.Label ownerName(String owner, ReferenceData ref) {
        return owner.equals(Datasets.JOINT) ? Labels.JOINT : ref.name(owner);
    }

    private static MartRow scheduleRow(Placement p, ReferenceData ref, Status status) {
        Action a = p.action();
        Labels.Label owner = ownerName(a.owner(), ref);
        return MartRow.of(Marts.ROADMAP_SCHEDULE)
                .set("action_id", a.id())
                .set("owner", a.owner())
                .set("owner_name_fi", owner.fi())
                .set("owner_name_en", owner.en())
                .set("owner_name_sv", owner.sv())
                .set("title_fi", a.titleFi())
                .set("title_en", a.titleEn())
                .set("title_sv", a.titleSv())
                .set("category", a.category())
                .set("origin", a.origin())
                .set("legal_basis", a.legalBasis())
                .set("depends_on", a.dependsOn().isEmpty() ? null : String.join("|", a.dependsOn()))
                .set("is_pilot", a.pilot())
                .set("effort_person_days", a.effortPersonDays())
                .set("cost_cents", a.costCents())
                .set("priority", p.priority())
                .set("placed", p.placed())
                .set("start_quarter", p.placed() ? p.start().toString() : null)
                .set("end_quarter", p.placed() ? p.end().toString() : null)
                .set("start_year", p.placed() ? p.start().year() : null)
                .set("reason_fi", p.reasonFi())
                .set("reason_en", p.reasonEn())
                .set("reason_sv", p.reasonSv())
                .set("status", status == null ? "planned" : status.status())
                .set("status_reported_on", status == null ? null : status.reportedOn());
    }

    private static List<MartRow> capacity(List<Action> actions, RoadmapScheduler scheduler, RoadmapSettings settings) {
        Set<String> owners = new TreeSet<>();
        actions.forEach(a -> owners.add(a.owner()));
        List<MartRow> rows = new ArrayList<>();
        for (String owner : owners) {
            RoadmapSettings.Capacity cap = settings.capacity(owner);
            for (int year = settings.first().year(); year <= settings.last().year(); year++) {
                long[] used = scheduler.used().getOrDefault(owner, Map.of()).getOrDefault(year, new long[2]);
                rows.add(MartRow.of(Marts.ROADMAP_CAPACITY)
                        .set("owner", owner)
                        .set("year", year)
                        .set("capacity_person_days", cap.personDays())
                        .set("used_person_days", (int) used[0])
                        .set("capacity_cents", cap.cents())
                        .set("used_cents", used[1]));
            }
        }
        return rows;
    }

    private static List<MartRow> progress(List<Placement> placements, Map<String, Status> status, ReferenceData ref) {
        Map<List<Object>, int[]> by = new TreeMap<>(Comparator.comparing(Object::toString));
        for (Placement p : placements) {
            if (!p.placed()) {
                continue;
            }
            int[] c = by.computeIfAbsent(List.of(p.action().owner(), p.start().year()), k -> new int[5]);
            c[0]++;
            Status s = status.get(p.action().id());
            String st = s == null ? "planned" : s.status();
            c[switch (st) {
                case "in_progress" -> 2;
                case "done" -> 3;
                case "dropped" -> 4;
                default -> 1;
            }]++;
        }
        List<MartRow> rows = new ArrayList<>();
        by.forEach((key, c) -> rows.add(MartRow.of(Marts.ROADMAP_PROGRESS)
                .set("owner", key.get(0))
                .set("owner_name_fi", ownerName((String) key.get(0), ref).fi())
                .set("owner_name_sv", ownerName((String) key.get(0), ref).sv())
                .set("year", key.get(1))
                .set("planned", c[0])
                .set("not_started", c[1])
                .set("in_progress", c[2])
                .set("done", c[3])
                .set("dropped", c[4])));
        return rows;
    }
}
