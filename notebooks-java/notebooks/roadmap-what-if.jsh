// Roadmap what-if: re-run the analytics module's scheduler (plain Java, no Spark) with other capacities and
// compare the schedules. Headless: bin/notebooks roadmap-what-if     Interactive: see notebooks-java/README.md
import fi.kuntadigi.notebooks.*;
import fi.kuntadigi.analytics.config.AnalyticsConfig;
import tech.tablesaw.api.*;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

var nb = Notebook.open("roadmap-what-if", "Tiekartta: entä jos / Roadmap what-if");

// The settings the batch run used: datasets/config/analytics.properties (system property kuntadigi.config).
var settings = AnalyticsConfig.load(Path.of(System.getProperty("kuntadigi.config", "datasets/config/analytics.properties"))).roadmap();
var actions = RoadmapActions.of(nb.marts().query(RoadmapActions.QUERY), settings.newActionsEarliest());
var baseline = RoadmapWhatIf.schedule(actions, settings);
nb.report().csv("baseline", baseline);
// The re-run must reproduce the published schedule before any what-if means anything.
var published = nb.marts().query("SELECT action_id, owner, priority, placed, coalesce(start_quarter, '') AS start_quarter FROM {roadmap_schedule} WHERE status <> 'dropped'");
var check = RoadmapWhatIf.compare(published, baseline);
System.out.println("baseline re-run differs from the published schedule in " + check.where(check.booleanColumn("moved").isTrue()).rowCount() + " actions");
nb.report().csv("baseline_vs_published", check);

// Scenario 1: every municipality gets twice its own staff capacity (person-days a year).
var doubled = settings;
for (String owner : baseline.stringColumn("owner").unique()) {
    var cap = settings.capacity(owner);
    doubled = RoadmapWhatIf.withCapacity(doubled, owner, cap.personDays() * 2, cap.cents());
}
var doubledSchedule = RoadmapWhatIf.schedule(actions, doubled);
var moreCapacity = RoadmapWhatIf.compare(baseline, doubledSchedule);
System.out.println(moreCapacity.where(moreCapacity.booleanColumn("moved").isTrue()).print());
nb.report().csv("double_capacity", moreCapacity);

// Scenario 2: Kankaanpää (214) with half its capacity.
var cap214 = settings.capacity("214");
var halved = RoadmapWhatIf.schedule(actions, RoadmapWhatIf.withCapacity(settings, "214", cap214.personDays() / 2, cap214.cents()));
var lessCapacity = RoadmapWhatIf.compare(baseline, halved);
nb.report().csv("half_capacity_214", lessCapacity);

// Scenario 3: two pilots at once instead of one (the report's lesson was: in sequence).
var twoPilotsSchedule = RoadmapWhatIf.schedule(actions, RoadmapWhatIf.withConcurrentPilots(settings, 2));
var twoPilots = RoadmapWhatIf.compare(baseline, twoPilotsSchedule);
nb.report().csv("two_pilots_at_once", twoPilots);

// Summary per scenario: actions placed, and how many start in another quarter.
var summary = Table.create("summary", StringColumn.create("scenario"), IntColumn.create("placed"), IntColumn.create("moved"));
for (var s : List.of(Map.entry("baseline", RoadmapWhatIf.compare(baseline, baseline)),
        Map.entry("double_capacity", moreCapacity), Map.entry("half_capacity_214", lessCapacity),
        Map.entry("two_pilots_at_once", twoPilots))) {
    var t = s.getValue();
    summary.stringColumn("scenario").append(s.getKey());
    summary.intColumn("placed").append(t.where(t.stringColumn("whatif_start").isNotEqualTo("")).rowCount());
    summary.intColumn("moved").append(t.where(t.booleanColumn("moved").isTrue()).rowCount());
}
System.out.println(summary.print());
nb.report().csv("summary", summary);
nb.report().text("Toimenpiteitä sijoitettu ja siirtyneitä skenaarioittain / Actions placed and moved per scenario.");
nb.report().chart(Chart.of("Skenaariot / Scenarios", "bar", summary, "scenario", "placed", "moved"));

// Actions starting each year in each scenario.
var scenarios = new LinkedHashMap<String, Table>();
scenarios.put("baseline", baseline);
scenarios.put("double_capacity", doubledSchedule);
scenarios.put("half_capacity_214", halved);
scenarios.put("two_pilots_at_once", twoPilotsSchedule);
var perYear = RoadmapWhatIf.startsPerYear(scenarios, settings.first().year(), settings.last().year());
System.out.println(perYear.print());
nb.report().csv("starts_per_year", perYear);
nb.report().chart(Chart.of("Aloitukset vuosittain / Actions starting per year", "bar", perYear, "year",
        "baseline", "double_capacity", "half_capacity_214", "two_pilots_at_once"));

System.out.println("wrote " + nb.report().write());
