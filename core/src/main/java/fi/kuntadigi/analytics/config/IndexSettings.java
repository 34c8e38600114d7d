package fi.kuntadigi.analytics.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the digital-potential index is built (JRC/OECD steps): indicator weights, normalisation,
 * aggregation, the legal-priority rule and the Monte Carlo uncertainty analysis.
 *
 * @param weights         indicator id to weight, renormalised to sum to 1
 * @param normalisation   min_max, z_score, rank or distance_to_reference
 * @param aggregation     linear or geometric
 * @param geometricFloor  smallest value a normalised indicator takes in geometric aggregation
 * @param legalPriority   statutory services form the first priority tier
 * @param mcRuns          Monte Carlo runs
 * @param mcSeed          seed of the runs
 * @param weightSpread    each weight is multiplied by U(1-s, 1+s) per run
 * @param unitCostSpread  non-digital and digital unit costs are each multiplied by U(1-u, 1+u) per run
 * @param varyAggregation draw linear or geometric per run
 */
public record IndexSettings(Map<String, Double> weights, String normalisation, String aggregation,
                            double geometricFloor, boolean legalPriority, int mcRuns, long mcSeed,
                            double weightSpread, double unitCostSpread, boolean varyAggregation) {

    /** The indicators, in output order. */
    public static final List<String> INDICATORS = List.of("non_digital_volume", "non_digital_share", "handling_hours",
            "saving_per_transaction", "readiness", "sector_maturity", "net_benefit_shared");
    public static final List<String> NORMALISATIONS = List.of("min_max", "z_score", "rank", "distance_to_reference");
    public static final List<String> AGGREGATIONS = List.of("linear", "geometric");

    public IndexSettings {
        weights = normalised(weights);
        if (!NORMALISATIONS.contains(normalisation)) {
            throw new IllegalArgumentException("index.normalisation must be one of " + NORMALISATIONS + ", not " + normalisation);
        }
        if (!AGGREGATIONS.contains(aggregation)) {
            throw new IllegalArgumentException("index.aggregation must be one of " + AGGREGATIONS + ", not " + aggregation);
        }
        if (mcRuns < 1) {
            throw new IllegalArgumentException("index.mc.runs must be at least 1");
        }
    }

    private static Map<String, Double> normalised(Map<String, Double> weights) {
        for (String key : weights.keySet()) {
            if (!INDICATORS.contains(key)) {
                throw new IllegalArgumentException("index.weight." + key + ": unknown indicator; known: " + INDICATORS);
            }
        }
        double sum = 0;
        for (String id : INDICATORS) {
            double w = weights.getOrDefault(id, 0.0);
            if (w < 0) {
                throw new IllegalArgumentException("index.weight." + id + " must not be negative");
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("index weights must not all be 0");
        }
        Map<String, Double> out = new LinkedHashMap<>();
        for (String id : INDICATORS) {
            out.put(id, weights.getOrDefault(id, 0.0) / sum);
        }
        return Map.copyOf(out);
    }

    /** Same settings with other weights (the dashboard's what-if). */
    public IndexSettings withWeights(Map<String, Double> other) {
        return new IndexSettings(other, normalisation, aggregation, geometricFloor, legalPriority, mcRuns, mcSeed,
                weightSpread, unitCostSpread, varyAggregation);
    }

    static IndexSettings from(Settings s) {
        Map<String, Double> defaults = Map.of("non_digital_volume", 0.20, "non_digital_share", 0.15,
                "handling_hours", 0.20, "saving_per_transaction", 0.15, "readiness", 0.10, "sector_maturity", 0.05,
                "net_benefit_shared", 0.15);
        Map<String, Double> weights = new LinkedHashMap<>(defaults);
        s.under("index.weight.").forEach((k, v) -> weights.put(k, s.decimal("index.weight." + k, 0)));
        return new IndexSettings(weights, s.text("index.normalisation", "min_max"), s.text("index.aggregation", "linear"),
                s.decimal("index.geometric_floor", 0.01), s.flag("index.legal_priority", true),
                s.integer("index.mc.runs", 1000), s.whole("index.mc.seed", 20211130L),
                s.decimal("index.mc.weight_spread", 0.5), s.decimal("index.mc.unit_cost_spread", 0.3),
                s.flag("index.mc.vary_aggregation", true));
    }
}
