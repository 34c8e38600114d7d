package fi.kuntadigi.analytics.maturity;

import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.NodeType;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.normalise.NormaliseSettings;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The maturity model as a framework of the composite-indicator engine (module core): each dimension an
 * indicator with the model's weight, combined as the method file says (the bundled one:
 * datasets/config/index/maturity/method.properties): normalised by goalposts 1 and the top level to 0-100,
 * and the index their weighted arithmetic mean over the dimensions a sector assessed. That is the model's
 * (Σ w level / Σ w - 1) / (levels - 1) x 100, computed by the one index implementation.
 */
final class MaturityFramework {

    private static final String INDEX = "maturity_index";

    private final Framework framework;
    private final Method method;
    private final int levels;

    MaturityFramework(Map<String, Dimension> model, int levels, Method file) {
        this.levels = levels;
        List<Node> nodes = new ArrayList<>();
        Map<String, double[]> goalposts = new LinkedHashMap<>();
        model.values().stream().sorted((a, b) -> a.id().compareTo(b.id())).forEach(d -> {
            nodes.add(new Node(1, d.id(), d.nameEn(), 1, d.weight(), "level", Double.NaN, null, INDEX, NodeType.INDICATOR));
            goalposts.put(d.id(), file.normalise().goalposts().getOrDefault(d.id(), new double[] {1, levels}));
        });
        nodes.add(new Node(2, INDEX, "Maturity index", 1, 1, "0-100", Double.NaN, null, null, NodeType.AGGREGATE));
        this.framework = new Framework(nodes, "maturity model");
        NormaliseSettings n = file.normalise();
        this.method = new Method(file.denominate(), file.impute(), file.treat(), new NormaliseSettings(n.method(), n.low(),
                n.high(), n.zscoreMean(), n.zscoreSd(), n.referenceUnit(), goalposts), file.aggregate(), file.weights(),
                file.uncertainty(), file.rankTies());
    }

    /**
     * The weighted level (1..levels) of each group from its dimension levels; a group whose assessed
     * dimensions weigh nothing is refused.
     */
    <K> Map<K, Double> weightedLevels(Map<K, Map<String, Double>> groups) {
        List<K> keys = new ArrayList<>(groups.keySet());
        List<Unit> units = new ArrayList<>();
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (Node n : framework.indicators()) {
            double[] column = new double[keys.size()];
            for (int i = 0; i < keys.size(); i++) {
                column[i] = groups.get(keys.get(i)).getOrDefault(n.code(), Double.NaN);
            }
            columns.put(n.code(), column);
        }
        for (int i = 0; i < keys.size(); i++) {
            units.add(new Unit(String.valueOf(i), keys.get(i).toString(), Map.of()));
        }
        if (keys.isEmpty()) {
            return Map.of();
        }
        double[] index = IndexPipeline.run(framework, new UnitData(units, columns), method).index();
        Map<K, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (Double.isNaN(index[i])) {
                throw new IllegalArgumentException("maturity model weights of the assessed dimensions sum to 0");
            }
            out.put(keys.get(i), 1 + index[i] / 100 * (levels - 1));
        }
        return out;
    }
}
