package fi.kuntadigi.roadmap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fi.kuntadigi.calendar.Quarter;
import fi.kuntadigi.analytics.config.RoadmapSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class RoadmapSchedulerTest {

    static RoadmapSettings settings(String last, int personDays) {
        return new RoadmapSettings(Quarter.parse("2021Q1"), Quarter.parse(last), 1, 2, 1,
                Map.of("default", new RoadmapSettings.Capacity(personDays, 1_000_000)), 2, 10, Quarter.parse("2022Q1"));
    }

    static Action action(String id, int days, boolean pilot, String earliest, String... deps) {
        return new Action(id, "214", id, id, id, "eservice", "final_report_s8", List.of(deps), days, 0, pilot,
                earliest == null ? null : Quarter.parse(earliest), null);
    }

    private static Map<String, Placement> byId(List<Placement> placements) {
        Map<String, Placement> m = new HashMap<>();
        placements.forEach(p -> m.put(p.action().id(), p));
        return m;
    }

    @Test
    void dependentActionWaitsUntilItsDependencyEnds() {
        var p = byId(new RoadmapScheduler(settings("2025Q4", 100)).schedule(List.of(
                action("eforms", 5, false, null, "suomifi"), action("suomifi", 5, false, "2022Q1")), Set.of()));
        assertEquals(Quarter.parse("2022Q1"), p.get("suomifi").start());
        assertEquals(Quarter.parse("2022Q2"), p.get("eforms").start());
        assertTrue(p.get("eforms").reasonEn().contains("Waits for “suomifi” (ends Q1 2022)"), p.get("eforms").reasonEn());
    }

    @Test
    void fullYearPushesTheNextActionToTheNextYear() {
        var p = byId(new RoadmapScheduler(settings("2025Q4", 10)).schedule(List.of(
                action("a", 6, false, null), action("b", 6, false, null)), Set.of()));
        assertEquals(Quarter.parse("2021Q1"), p.get("a").start());
        assertEquals(Quarter.parse("2022Q1"), p.get("b").start());
        assertTrue(p.get("b").reasonEn().contains("Capacity 2021 full"), p.get("b").reasonEn());
    }

    @Test
    void pilotsRunInSequence() {
        var p = byId(new RoadmapScheduler(settings("2025Q4", 100)).schedule(List.of(
                action("chat", 5, true, null), action("feedback", 5, true, null)), Set.of()));
        assertEquals(Quarter.parse("2021Q1"), p.get("chat").start());
        assertEquals(Quarter.parse("2021Q3"), p.get("feedback").start());
        assertTrue(p.get("feedback").reasonFi().contains("Pilotti ”chat” käynnissä 1. nelj. 2021–2. nelj. 2021"), p.get("feedback").reasonFi());
    }

    @Test
    void actionLargerThanTheYearlyCapacityIsListedAsUnplaced() {
        var p = byId(new RoadmapScheduler(settings("2025Q4", 10)).schedule(List.of(
                action("big", 30, false, null), action("after", 1, false, null, "big")), Set.of()));
        assertFalse(p.get("big").placed());
        assertTrue(p.get("big").reasonEn().contains("needs 30 person-days"), p.get("big").reasonEn());
        assertFalse(p.get("after").placed());
        assertTrue(p.get("after").reasonEn().contains("waits for “big”, which could not be placed"));
    }

    @Test
    void actionThatDoesNotFitBeforeTheEndIsUnplacedWithTheReason() {
        var p = byId(new RoadmapScheduler(settings("2021Q4", 10)).schedule(List.of(
                action("a", 6, false, null), action("b", 6, false, null)), Set.of()));
        assertFalse(p.get("b").placed());
        assertTrue(p.get("b").reasonEn().contains("does not fit before the end of Q4 2021: capacity 2021 full"),
                p.get("b").reasonEn());
    }

    @Test
    void startedActionIgnoresItsEarliestQuarter() {
        var p = byId(new RoadmapScheduler(settings("2025Q4", 100)).schedule(List.of(action("a", 5, false, "2023Q1")),
                Set.of("a")));
        assertEquals(Quarter.parse("2021Q1"), p.get("a").start());
    }

    @Test
    void randomRoadmapsRespectDependenciesCapacityAndPilotLimit() {
        SplittableRandom r = new SplittableRandom(3);
        for (int round = 0; round < 50; round++) {
            List<Action> actions = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                String dep = i > 0 && r.nextInt(3) == 0 ? "x" + r.nextInt(i) : null;
                actions.add(dep == null ? action("x" + i, r.nextInt(1, 15), r.nextInt(4) == 0, null)
                        : action("x" + i, r.nextInt(1, 15), r.nextInt(4) == 0, null, dep));
            }
            List<Placement> placements = new RoadmapScheduler(settings("2025Q4", 20)).schedule(actions, Set.of());
            assertEquals(actions.size(), placements.size());
            var byId = byId(placements);
            Map<Integer, Integer> used = new HashMap<>();
            for (Placement p : placements) {
                if (!p.placed()) {
                    continue;
                }
                used.merge(p.start().year(), p.action().effortPersonDays(), Integer::sum);
                for (String d : p.action().dependsOn()) {
                    assertTrue(byId.get(d).placed() && p.start().isAfter(byId.get(d).end()), p + " before " + d);
                }
                if (p.action().pilot()) {
                    long overlapping = placements.stream().filter(o -> o.placed() && o.action().pilot() && o != p
                            && !o.start().isAfter(p.end()) && !p.start().isAfter(o.end())).count();
                    assertEquals(0, overlapping, "pilots overlap with " + p);
                }
            }
            used.values().forEach(v -> assertTrue(v <= 20, "capacity exceeded: " + used));
        }
    }

    @Test
    void sameInputGivesTheSameSchedule() {
        List<Action> actions = List.of(action("a", 6, true, null), action("b", 6, true, null), action("c", 3, false,
                null, "a"));
        assertEquals(new RoadmapScheduler(settings("2025Q4", 10)).schedule(actions, Set.of()),
                new RoadmapScheduler(settings("2025Q4", 10)).schedule(actions, Set.of()));
    }
}
