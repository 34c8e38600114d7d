package fi.kuntadigi.analytics.roadmap;

import fi.kuntadigi.calendar.Quarter;
import fi.kuntadigi.analytics.config.RoadmapSettings;
import fi.kuntadigi.analytics.potential.PotentialRanking;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartTable;
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
import org.apache.spark.sql.Row;

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
    public Set<Class<?>> reads() {
        return Set.of(PotentialRanking.class);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        RoadmapSettings settings = ctx.config().roadmap();
        ReferenceData ref = ctx.reference();
        List<Action> actions = new ArrayList<>();
        for (Row r : ctx.inputs().collect(Datasets.ROADMAP_ACTIONS)) {
            String deps = r.getAs("depends_on");
            String earliest = r.getAs("earliest_quarter");
            actions.add(new Action(r.getAs("action_id"), r.getAs("owner"), r.getAs("title_fi"), r.getAs("title_en"),
                    r.getAs("category"), r.getAs("origin"), deps == null ? List.of() : List.of(deps.split("\\|")),
                    r.<Integer>getAs("effort_person_days"), r.<Long>getAs("cost_cents"), r.<Boolean>getAs("is_pilot"),
                    earliest == null ? null : Quarter.parse(earliest), r.getAs("legal_basis")));
        }
        actions.addAll(PotentialCandidates.of(ctx.shared(PotentialRanking.class), actions, ref, settings));
        Map<String, Status> status = new HashMap<>();
        for (Row r : ctx.inputs().collect(Datasets.ROADMAP_STATUS)) {
            Status s = new Status(r.getAs("status"), r.getAs("reported_on"));
            status.merge(r.getAs("action_id"), s, (a, b) -> a.reportedOn().isAfter(b.reportedOn()) ? a : b);
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
        List<Object[]> schedule = new ArrayList<>();
        for (Placement p : placements) {
            schedule.add(scheduleRow(p, ref, status.get(p.action().id())));
        }
        int priority = placements.size();
        for (Action a : actions) {
            if (dropped.contains(a.id())) {
                schedule.add(scheduleRow(new Placement(a, ++priority, null, null,
                        "Ei sijoitettu: pudotettu tiekartalta tilanneraportissa.",
                        "Not placed: dropped from the roadmap in a status report."), ref, status.get(a.id())));
            }
        }
        return List.of(MartTable.of(Marts.ROADMAP_SCHEDULE, schedule),
                MartTable.of(Marts.ROADMAP_CAPACITY, capacity(actions, scheduler, settings)),
                MartTable.of(Marts.ROADMAP_PROGRESS, progress(placements, status, ref)));
    }

    private static Object[] ownerNames(String owner, ReferenceData ref) {
        if (owner.equals(Datasets.JOINT)) {
            return new Object[] {Labels.JOINT.fi(), Labels.JOINT.en()};
        }
        return new Object[] {ref.nameFi(owner), ref.nameFi(owner)};
    }

    private static Object[] scheduleRow(Placement p, ReferenceData ref, Status status) {
        Action a = p.action();
        Object[] names = ownerNames(a.owner(), ref);
        return new Object[] {a.id(), a.owner(), names[0], names[1], a.titleFi(), a.titleEn(), a.category(), a.origin(),
                a.legalBasis(), a.dependsOn().isEmpty() ? null : String.join("|", a.dependsOn()), a.pilot(),
                a.effortPersonDays(), a.costCents(), p.priority(), p.placed(),
                p.placed() ? p.start().toString() : null, p.placed() ? p.end().toString() : null,
                p.placed() ? p.start().year() : null, p.reasonFi(), p.reasonEn(),
                status == null ? "planned" : status.status(), status == null ? null : status.reportedOn()};
    }

    private static List<Object[]> capacity(List<Action> actions, RoadmapScheduler scheduler, RoadmapSettings settings) {
        Set<String> owners = new TreeSet<>();
        actions.forEach(a -> owners.add(a.owner()));
        List<Object[]> rows = new ArrayList<>();
        for (String owner : owners) {
            RoadmapSettings.Capacity cap = settings.capacity(owner);
            for (int year = settings.first().year(); year <= settings.last().year(); year++) {
                long[] used = scheduler.used().getOrDefault(owner, Map.of()).getOrDefault(year, new long[2]);
                rows.add(new Object[] {owner, year, cap.personDays(), (int) used[0], cap.cents(), used[1]});
            }
        }
        return rows;
    }

    private static List<Object[]> progress(List<Placement> placements, Map<String, Status> status, ReferenceData ref) {
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
        List<Object[]> rows = new ArrayList<>();
        by.forEach((key, c) -> rows.add(new Object[] {key.get(0), ownerNames((String) key.get(0), ref)[0], key.get(1),
                c[0], c[1], c[2], c[3], c[4]}));
        return rows;
    }
}
