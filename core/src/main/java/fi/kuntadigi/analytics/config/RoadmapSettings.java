package fi.kuntadigi.analytics.config;

import fi.kuntadigi.calendar.Quarter;
import java.util.HashMap;
import java.util.Map;

/**
 * Settings of the roadmap scheduler.
 *
 * @param first                    first quarter of the roadmap
 * @param last                     last quarter of the roadmap
 * @param maxConcurrentPilots      pilots running at once per owner
 * @param pilotQuarters            quarters a pilot runs
 * @param actionQuarters           quarters any other action runs
 * @param capacities               owner (municipality code or JOINT) to yearly capacity; "default" for the rest
 * @param topPotentialPerMunicipality services with the highest potential added as candidate actions
 * @param potentialActionPersonDays own effort of digitising one such service
 * @param newActionsEarliest       earliest start of actions the analytics add (after the roadmap was written)
 */
public record RoadmapSettings(Quarter first, Quarter last, int maxConcurrentPilots, int pilotQuarters,
                              int actionQuarters, Map<String, Capacity> capacities, int topPotentialPerMunicipality,
                              int potentialActionPersonDays, Quarter newActionsEarliest) {

    /** Yearly capacity of an owner: own staff person-days and euro cents for purchases. */
    public record Capacity(int personDays, long cents) {
    }

    public RoadmapSettings {
        capacities = Map.copyOf(capacities);
        if (!capacities.containsKey("default")) {
            throw new IllegalArgumentException("roadmap.capacity.default.* is required");
        }
        if (maxConcurrentPilots < 1 || pilotQuarters < 1 || actionQuarters < 1) {
            throw new IllegalArgumentException("roadmap pilot and action settings must be at least 1");
        }
    }

    private static Capacity capacity(Settings s, String owner, Capacity fallback) {
        String prefix = "roadmap.capacity." + owner;
        return new Capacity(s.integer(prefix + ".person_days", fallback.personDays()),
                Math.round(s.decimal(prefix + ".euros", fallback.cents() / 100.0) * 100));
    }

    public Capacity capacity(String owner) {
        return capacities.getOrDefault(owner, capacities.get("default"));
    }

    static RoadmapSettings from(Settings s) {
        Map<String, Capacity> caps = new HashMap<>();
        Capacity fallback = capacity(s, "default", new Capacity(40, 2_000_000));
        caps.put("default", fallback);
        caps.put("214", capacity(s, "214", new Capacity(80, 6_000_000)));
        caps.put("JOINT", capacity(s, "JOINT", new Capacity(30, 4_000_000)));
        for (String key : s.under("roadmap.capacity.").keySet()) {
            if (!key.endsWith(".person_days") && !key.endsWith(".euros")) {
                throw s.invalid("roadmap.capacity." + key, s.text("roadmap.capacity." + key, ""),
                        "under a key ending in .person_days or .euros");
            }
            String owner = key.substring(0, key.lastIndexOf('.'));
            caps.computeIfAbsent(owner, o -> capacity(s, o, fallback));
        }
        return new RoadmapSettings(Quarter.parse(s.text("roadmap.first_quarter", "2021Q1")),
                Quarter.parse(s.text("roadmap.last_quarter", "2025Q4")), s.integer("roadmap.max_concurrent_pilots", 1),
                s.integer("roadmap.pilot_quarters", 2), s.integer("roadmap.action_quarters", 1), caps,
                s.integer("roadmap.top_potential_per_municipality", 2),
                s.integer("roadmap.potential_action_person_days", 10),
                Quarter.parse(s.text("roadmap.new_actions_earliest", "2022Q1")));
    }
}
