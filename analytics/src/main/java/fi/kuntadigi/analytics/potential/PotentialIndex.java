package fi.kuntadigi.analytics.potential;

import fi.kuntadigi.index.aggregate.Aggregation;
import fi.kuntadigi.index.framework.Framework;
import fi.kuntadigi.index.framework.FrameworkFiles;
import fi.kuntadigi.index.framework.FrameworkInputException;
import fi.kuntadigi.index.framework.Node;
import fi.kuntadigi.index.framework.Unit;
import fi.kuntadigi.index.framework.UnitData;
import fi.kuntadigi.index.method.Method;
import fi.kuntadigi.index.method.MethodFile;
import fi.kuntadigi.index.normalise.Normalisation;
import fi.kuntadigi.index.pipeline.IndexPipeline;
import fi.kuntadigi.index.pipeline.IndexResult;
import fi.kuntadigi.index.sensitivity.RankSensitivity;
import fi.kuntadigi.index.uncertainty.InputModel;
import fi.kuntadigi.index.uncertainty.UncertaintyAnalysis;
import fi.kuntadigi.index.uncertainty.UnitUncertainty;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The digital-potential index, computed by the composite-indicator engine (module core) from its framework
 * folder: {@code iMeta.csv} says which of the indicators analyze computes ({@link IndexUnit#INDICATORS}) go
 * in, with their directions and weights; {@code method.properties} how they are normalised and aggregated
 * and which assumptions the Monte Carlo and Sobol analyses vary — among them the two channel unit costs,
 * uncertain inputs {@value #NON_DIGITAL_UNIT_COST} and {@value #DIGITAL_UNIT_COST} underneath the money
 * indicators.
 */
public final class PotentialIndex {

    /** The uncertain inputs this index knows how to vary (method keys {@code uncertainty.input.NAME}). */
    public static final String NON_DIGITAL_UNIT_COST = "non_digital_unit_cost";
    public static final String DIGITAL_UNIT_COST = "digital_unit_cost";

    private final Framework framework;
    private final Method method;
    private final Map<String, String> settings;

    PotentialIndex(Framework framework, Method method, Map<String, String> settings, String source) {
        this.framework = framework;
        this.method = method;
        this.settings = Map.copyOf(settings);
        for (Node n : framework.indicators()) {
            if (!IndexUnit.INDICATORS.contains(n.code())) {
                throw new FrameworkInputException(source + "/iMeta.csv: indicator '" + n.code() + "' is not one analyze "
                        + "computes; the potential index's indicators are " + IndexUnit.INDICATORS);
            }
        }
        for (String input : method.uncertainty().inputs().keySet()) {
            if (!List.of(NON_DIGITAL_UNIT_COST, DIGITAL_UNIT_COST).contains(input)) {
                throw new FrameworkInputException(source + "/method.properties, setting uncertainty.input." + input
                        + ": not an input of the potential index; its inputs are " + NON_DIGITAL_UNIT_COST + " and "
                        + DIGITAL_UNIT_COST);
            }
        }
        if (framework.topLevel() != 2) {
            throw new FrameworkInputException(source + "/iMeta.csv: the potential index aggregates its indicators "
                    + "directly (levels 1 and 2), as its marts publish them");
        }
    }

    /** The index of a framework folder ({@code iMeta.csv}, {@code method.properties}). */
    public static PotentialIndex load(Path folder) {
        Path meta = folder.resolve("iMeta.csv");
        Path methodFile = folder.resolve("method.properties");
        if (!Files.isRegularFile(meta) || !Files.isRegularFile(methodFile)) {
            throw new FrameworkInputException(folder + ": the potential index's framework needs iMeta.csv and "
                    + "method.properties there; set index.framework in analytics.properties to their folder");
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(methodFile, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> settings = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k).strip()));
        return new PotentialIndex(FrameworkFiles.readMeta(meta), MethodFile.read(methodFile), settings, folder.toString());
    }

    /** The method's settings as written in its file, by key (published with the marts). */
    public Map<String, String> settings() {
        return new TreeMap<>(settings);
    }

    /** The indicators, in iMeta order. */
    public List<String> indicators() {
        return IndexPipeline.weighted(framework, method.weights()).indicators().stream().map(Node::code).toList();
    }

    /** Each indicator's weight as a share of their sum, in {@link #indicators()} order. */
    public double[] weights() {
        List<Node> nodes = IndexPipeline.weighted(framework, method.weights()).indicators();
        double sum = 0;
        for (Node n : nodes) {
            sum += n.weight();
        }
        double[] out = new double[nodes.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = nodes.get(k).weight() / sum;
        }
        return out;
    }

    /** The normalisation as the marts name it (min_max, z_score, rank, ...). */
    public String normalisationLabel() {
        Normalisation n = method.normalise().method();
        return switch (n) {
            case MINMAX -> "min_max";
            case ZSCORE -> "z_score";
            default -> n.name().toLowerCase(Locale.ROOT);
        };
    }

    /** The aggregation as the marts name it (linear, geometric, harmonic). */
    public String aggregationLabel() {
        Aggregation a = method.aggregate().at(2);
        return a == Aggregation.ARITHMETIC ? "linear" : a.name().toLowerCase(Locale.ROOT);
    }

    public int runs() {
        return method.uncertainty().runs();
    }

    public long seed() {
        return method.uncertainty().seed();
    }

    /**
     * The nominal index: every stage, units in the order given. The money indicators are the published
     * cents ({@code moneyCents[u] = {saving per transaction, shared net benefit}}) in euros.
     */
    public IndexResult score(List<IndexUnit> units, long[][] moneyCents) {
        return IndexPipeline.run(framework, data(units, ids(units), moneyCents, 1, 1), method);
    }

    /** Each unit's median rank and 5-95 % interval over the Monte Carlo runs, in unit order. */
    public List<UnitUncertainty> uncertainty(List<IndexUnit> units, long[][] moneyCents) {
        return UncertaintyAnalysis.summarise(UncertaintyAnalysis.run(framework, inputs(units, moneyCents), method));
    }

    /**
     * The Sobol indices of each unit's rank (output = the unit's position as a string) and of the mean rank shift
     * ({@link RankSensitivity#MEAN_RANK_SHIFT}) over the method's uncertain assumptions.
     */
    public List<RankSensitivity.Row> sensitivity(List<IndexUnit> units, long[][] moneyCents) {
        return RankSensitivity.analyse(framework, inputs(units, moneyCents), method);
    }

    /** Sobol base sample size and bootstrap resamples. */
    public int[] sensitivitySamples() {
        return new int[] {method.uncertainty().sobolSamples(), method.uncertainty().bootstrap()};
    }

    /**
     * The data at given unit-cost multipliers: as published (the cents) when both are 1, else the published data
     * with the two money indicators, the only ones the unit costs enter, recomputed.
     */
    private InputModel inputs(List<IndexUnit> units, long[][] moneyCents) {
        UnitData published = data(units, ids(units), moneyCents, 1, 1);
        return m -> {
            double nonDigitalCost = m.getOrDefault(NON_DIGITAL_UNIT_COST, 1.0);
            double digitalCost = m.getOrDefault(DIGITAL_UNIT_COST, 1.0);
            if (nonDigitalCost == 1 && digitalCost == 1) {
                return published;
            }
            double[] saving = new double[units.size()];
            double[] netBenefit = new double[units.size()];
            for (int u = 0; u < saving.length; u++) {
                saving[u] = units.get(u).savingEuros(nonDigitalCost, digitalCost);
                netBenefit[u] = units.get(u).netBenefitEuros(nonDigitalCost, digitalCost);
            }
            Map<String, double[]> costDependent = new LinkedHashMap<>();
            if (published.has(IndexUnit.SAVING)) {
                costDependent.put(IndexUnit.SAVING, saving);
            }
            if (published.has(IndexUnit.NET_BENEFIT)) {
                costDependent.put(IndexUnit.NET_BENEFIT, netBenefit);
            }
            return published.with(costDependent);
        };
    }

    /** The engine's units: code = position in the list (the marts' rows), name = municipality and service. */
    private static List<Unit> ids(List<IndexUnit> units) {
        List<Unit> ids = new ArrayList<>(units.size());
        for (int u = 0; u < units.size(); u++) {
            ids.add(new Unit(String.valueOf(u), units.get(u).municipalityCode() + " " + units.get(u).serviceCode(), Map.of()));
        }
        return ids;
    }

    private UnitData data(List<IndexUnit> units, List<Unit> ids, long[][] moneyCents, double nonDigitalCost,
                          double digitalCost) {
        boolean published = nonDigitalCost == 1 && digitalCost == 1;
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (Node n : framework.indicators()) {
            double[] column = new double[units.size()];
            for (int u = 0; u < column.length; u++) {
                column[u] = published && n.code().equals(IndexUnit.SAVING) ? moneyCents[u][0] / 100.0
                        : published && n.code().equals(IndexUnit.NET_BENEFIT) ? moneyCents[u][1] / 100.0
                        : units.get(u).value(n.code(), nonDigitalCost, digitalCost);
            }
            columns.put(n.code(), column);
        }
        return new UnitData(ids, columns);
    }
}
