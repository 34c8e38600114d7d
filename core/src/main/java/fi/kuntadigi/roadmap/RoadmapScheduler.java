package fi.kuntadigi.roadmap;

import fi.kuntadigi.calendar.Quarter;
import fi.kuntadigi.analytics.config.RoadmapSettings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Deterministic quarterly scheduler. Actions are taken in priority order (legal obligations, the
 * municipalities' own next steps, digital potential; then earliest quarter; then id), an action only
 * after everything it depends on has been handled. Each is put in the first quarter that is not before
 * its earliest quarter nor before its dependencies end, where the owner's yearly capacity (person-days
 * and euros, charged to the start year) still has room and fewer than the maximum number of the owner's
 * pilots run at once. Actions already started (status done or in progress) ignore their earliest
 * quarter. An action that cannot fit is returned unplaced with the reason; nothing is dropped.
 */
public final class RoadmapScheduler {

    private final RoadmapSettings settings;
    private final Map<String, Map<Integer, long[]>> used = new HashMap<>();
    private final Map<String, List<Placement>> pilots = new HashMap<>();

    public RoadmapScheduler(RoadmapSettings settings) {
        this.settings = settings;
    }

    /** Places every action; {@code started} holds the ids reported done or in progress. */
    public List<Placement> schedule(List<Action> actions, Set<String> started) {
        List<Action> queue = new ArrayList<>(actions);
        queue.sort(Comparator.comparingInt((Action a) -> started.contains(a.id()) ? 0 : 1)
                .thenComparingInt(Action::originRank)
                .thenComparing(a -> a.earliest() == null ? "" : a.earliest().toString())
                .thenComparing(Action::id));
        Map<String, Action> byId = new HashMap<>();
        actions.forEach(a -> byId.put(a.id(), a));
        Map<String, Placement> done = new LinkedHashMap<>();
        int priority = 0;
        while (!queue.isEmpty()) {
            Action next = null;
            for (Action a : queue) {
                if (a.dependsOn().stream().allMatch(d -> done.containsKey(d) || !byId.containsKey(d))) {
                    next = a;
                    break;
                }
            }
            if (next == null) {
                for (Action a : queue) {
                    String deps = String.join(", ", a.dependsOn());
                    done.put(a.id(), unplaced(a, ++priority, "kehäriippuvuus toimenpiteiden " + deps + " kanssa",
                            "circular dependency with " + deps, "cirkulärt beroende med åtgärderna " + deps));
                }
                break;
            }
            queue.remove(next);
            done.put(next.id(), place(next, ++priority, done, byId, started.contains(next.id())));
        }
        return List.copyOf(done.values());
    }

    private Placement place(Action a, int priority, Map<String, Placement> done, Map<String, Action> byId,
                            boolean started) {
        for (String d : a.dependsOn()) {
            if (!byId.containsKey(d)) {
                return unplaced(a, priority, "riippuu tuntemattomasta toimenpiteestä " + d,
                        "depends on an unknown action " + d, "beror på en okänd åtgärd " + d);
            }
            if (!done.get(d).placed()) {
                Action w = byId.get(d);
                return unplaced(a, priority, "odottaa toimenpidettä " + fi(w) + ", jota ei voitu sijoittaa",
                        "waits for " + en(w) + ", which could not be placed", "väntar på åtgärden " + sv(w) + ", som inte kunde placeras");
            }
        }
        RoadmapSettings.Capacity cap = settings.capacity(a.owner());
        if (a.effortPersonDays() > cap.personDays() || a.costCents() > cap.cents()) {
            return unplaced(a, priority, "tarvitsee " + a.effortPersonDays() + " htp ja " + a.costCents() / 100
                            + " €, vuosikapasiteetti on " + cap.personDays() + " htp ja " + cap.cents() / 100 + " €",
                    "needs " + a.effortPersonDays() + " person-days and EUR " + a.costCents() / 100
                            + ", the yearly capacity is " + cap.personDays() + " person-days and EUR " + cap.cents() / 100,
                    "kräver " + a.effortPersonDays() + " persondagar och " + a.costCents() / 100
                            + " €, årskapaciteten är " + cap.personDays() + " persondagar och " + cap.cents() / 100 + " €");
        }
        int duration = a.pilot() ? settings.pilotQuarters() : settings.actionQuarters();
        Quarter lower = settings.first();
        List<String> fi = new ArrayList<>();
        List<String> en = new ArrayList<>();
        List<String> sv = new ArrayList<>();
        if (started) {
            fi.add("käynnissä tai valmis tilanneraportin mukaan");
            en.add("started or done according to the status report");
            sv.add("pågår eller är klar enligt lägesrapporten");
        } else if (a.earliest() != null && a.earliest().isAfter(lower)) {
            lower = a.earliest();
            fi.add("aikaisintaan " + lower.fi());
            en.add("not before " + lower.en());
            sv.add("tidigast " + lower.sv());
        }
        for (String d : a.dependsOn()) {
            Quarter after = done.get(d).end().plus(1);
            if (after.isAfter(lower)) {
                lower = after;
            }
            Quarter end = done.get(d).end();
            Action w = byId.get(d);
            fi.add("odottaa toimenpidettä " + fi(w) + " (päättyy " + end.fi() + ")");
            en.add("waits for " + en(w) + " (ends " + end.en() + ")");
            sv.add("väntar på åtgärden " + sv(w) + " (slutar " + end.sv() + ")");
        }
        Set<String> skippedFi = new LinkedHashSet<>();
        Set<String> skippedEn = new LinkedHashSet<>();
        Set<String> skippedSv = new LinkedHashSet<>();
        for (Quarter q = lower; !q.plus(duration - 1).isAfter(settings.last()); q = q.plus(1)) {
            long[] year = used.computeIfAbsent(a.owner(), k -> new HashMap<>()).computeIfAbsent(q.year(), k -> new long[2]);
            if (year[0] + a.effortPersonDays() > cap.personDays() || year[1] + a.costCents() > cap.cents()) {
                skippedFi.add("vuoden " + q.year() + " kapasiteetti täynnä");
                skippedEn.add("capacity " + q.year() + " full");
                skippedSv.add("kapaciteten för " + q.year() + " är fylld");
                continue;
            }
            Placement blocking = a.pilot() ? concurrentPilots(a.owner(), q, duration) : null;
            if (blocking != null) {
                Action b = blocking.action();
                skippedFi.add("pilotti " + fi(b) + " käynnissä " + blocking.start().fi() + "–" + blocking.end().fi());
                skippedEn.add("pilot " + en(b) + " running " + blocking.start().en() + "–" + blocking.end().en());
                skippedSv.add("piloten " + sv(b) + " pågår " + blocking.start().sv() + "–" + blocking.end().sv());
                continue;
            }
            year[0] += a.effortPersonDays();
            year[1] += a.costCents();
            fi.addAll(skippedFi);
            en.addAll(skippedEn);
            sv.addAll(skippedSv);
            if (fi.isEmpty()) {
                fi.add("ensimmäinen vapaa neljännes");
                en.add("first free quarter");
                sv.add("första lediga kvartal");
            }
            Placement p = new Placement(a, priority, q, q.plus(duration - 1),
                    "Sijoitettu: " + q.fi() + ". " + capitalise(String.join("; ", fi)) + ".",
                    "Placed in " + q.en() + ". " + capitalise(String.join("; ", en)) + ".",
                    "Placerad: " + q.sv() + ". " + capitalise(String.join("; ", sv)) + ".");
            if (a.pilot()) {
                pilots.computeIfAbsent(a.owner(), k -> new ArrayList<>()).add(p);
            }
            return p;
        }
        fi.addAll(skippedFi);
        en.addAll(skippedEn);
        sv.addAll(skippedSv);
        return unplaced(a, priority, "ei mahdu ennen " + settings.last().fi() + " loppua: " + String.join("; ", fi),
                "does not fit before the end of " + settings.last().en() + ": " + String.join("; ", en),
                "ryms inte före slutet av " + settings.last().sv() + ": " + String.join("; ", sv));
    }

    /** An action as a sentence names it: by its title in the language, never by its id. */
    private static String fi(Action a) {
        return "”" + a.titleFi() + "”";
    }

    private static String sv(Action a) {
        return "”" + (a.titleSv() == null || a.titleSv().isBlank() ? a.titleFi() : a.titleSv()) + "”";
    }

    private static String en(Action a) {
        return "“" + (a.titleEn() == null || a.titleEn().isBlank() ? a.titleFi() : a.titleEn()) + "”";
    }

    /** A pilot of the owner that would overlap, when the maximum number already run in some quarter. */
    private Placement concurrentPilots(String owner, Quarter start, int duration) {
        List<Placement> running = pilots.getOrDefault(owner, List.of());
        for (int i = 0; i < duration; i++) {
            Quarter q = start.plus(i);
            List<Placement> overlapping = running.stream()
                    .filter(p -> !q.isAfter(p.end()) && !p.start().isAfter(q)).toList();
            if (overlapping.size() >= settings.maxConcurrentPilots()) {
                return overlapping.get(0);
            }
        }
        return null;
    }

    /** Capacity used per owner and year: {person-days, cents}. */
    public Map<String, Map<Integer, long[]>> used() {
        return used;
    }

    private static Placement unplaced(Action a, int priority, String fi, String en, String sv) {
        return new Placement(a, priority, null, null, "Ei sijoitettu: " + fi + ".", "Not placed: " + en + ".",
                "Inte placerad: " + sv + ".");
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
