package fi.kuntadigi.analytics.maturity;

import fi.kuntadigi.index.method.Method;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Maturity index per municipality, sector and round on a configurable model: the weighted mean of
 * the dimension levels, rescaled to 0-100 as (level - 1) / (levels - 1) x 100, computed by the
 * composite-indicator engine ({@link MaturityFramework}); the municipality as a
 * whole ("all") is the mean of its sectors. Change is measured against the earliest round.
 */
public final class MaturityIndex {

    public static final String ALL_SECTORS = "all";

    private MaturityIndex() {
    }

    public static List<MaturityIndexRow> compute(List<MaturityScore> scores, Map<String, Dimension> model, Method method) {
        Map<String, LocalDate> roundDates = new HashMap<>();
        Map<List<String>, List<MaturityScore>> groups = new TreeMap<>(Comparator.comparing(Object::toString));
        for (MaturityScore s : scores) {
            if (!model.containsKey(s.dimensionId())) {
                throw new IllegalArgumentException("dimension " + s.dimensionId() + " is not in the maturity model");
            }
            roundDates.merge(s.roundId(), s.assessedOn(), (a, b) -> a.isBefore(b) ? a : b);
            groups.computeIfAbsent(List.of(s.roundId(), s.municipalityCode(), s.sector()), k -> new ArrayList<>()).add(s);
        }
        int levels = model.values().stream().mapToInt(Dimension::levels).max().orElse(5);
        MaturityFramework framework = new MaturityFramework(model, levels, method);
        Map<List<String>, Map<String, Double>> assessed = new LinkedHashMap<>();
        Map<List<String>, Map<String, Double>> targets = new LinkedHashMap<>();
        groups.forEach((key, group) -> {
            Map<String, Double> levelOf = new HashMap<>();
            group.forEach(s -> levelOf.put(s.dimensionId(), s.level()));
            assessed.put(key, levelOf);
            if (group.stream().allMatch(s -> s.targetLevel() != null)) {
                Map<String, Double> targetOf = new HashMap<>();
                group.forEach(s -> targetOf.put(s.dimensionId(), s.targetLevel()));
                targets.put(key, targetOf);
            }
        });
        Map<List<String>, Double> weightedLevel = framework.weightedLevels(assessed);
        Map<List<String>, Double> weightedTarget = framework.weightedLevels(targets);
        Map<List<String>, double[]> sectorLevels = new TreeMap<>(Comparator.comparing(Object::toString));
        List<MaturityIndexRow> bySector = new ArrayList<>();
        groups.forEach((key, group) -> {
            double level = weightedLevel.get(key);
            Double target = weightedTarget.get(key);
            bySector.add(row(key.get(0), key.get(1), key.get(2), level, target, levels));
            double[] sums = sectorLevels.computeIfAbsent(List.of(key.get(0), key.get(1)), k -> new double[4]);
            sums[0] += level;
            sums[1]++;
            if (target != null) {
                sums[2] += target;
                sums[3]++;
            }
        });
        List<MaturityIndexRow> all = new ArrayList<>(bySector);
        sectorLevels.forEach((key, sums) -> all.add(row(key.get(0), key.get(1), ALL_SECTORS, sums[0] / sums[1],
                sums[3] == sums[1] ? sums[2] / sums[3] : null, levels)));
        return withChange(all, roundDates);
    }

    private static MaturityIndexRow row(String round, String municipality, String sector, double level, Double target,
                                        int levels) {
        double index = toIndex(level, levels);
        Double targetIndex = target == null ? null : toIndex(target, levels);
        Double gap = targetIndex == null ? null : Math.max(0, targetIndex - index);
        return new MaturityIndexRow(round, municipality, sector, level, index, target, targetIndex, gap, null);
    }

    /** Level on a 1..levels scale to 0-100. */
    public static double toIndex(double level, int levels) {
        return (level - 1) / (levels - 1) * 100;
    }

    private static List<MaturityIndexRow> withChange(List<MaturityIndexRow> rows, Map<String, LocalDate> roundDates) {
        String first = roundDates.entrySet().stream()
                .min(Map.Entry.<String, LocalDate>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(null);
        Map<List<String>, Double> start = new HashMap<>();
        rows.stream().filter(r -> r.roundId().equals(first))
                .forEach(r -> start.put(List.of(r.municipalityCode(), r.sector()), r.index()));
        List<MaturityIndexRow> out = new ArrayList<>();
        for (MaturityIndexRow r : rows) {
            Double base = start.get(List.of(r.municipalityCode(), r.sector()));
            out.add(new MaturityIndexRow(r.roundId(), r.municipalityCode(), r.sector(), r.weightedLevel(), r.index(),
                    r.targetLevel(), r.targetIndex(), r.gapToTarget(), base == null ? null : r.index() - base));
        }
        return out;
    }

    /** Index of each municipality x sector in the latest round (for the potential index). */
    public static Map<List<String>, Double> latest(List<MaturityIndexRow> rows, List<MaturityScore> scores) {
        Map<String, LocalDate> dates = new HashMap<>();
        scores.forEach(s -> dates.merge(s.roundId(), s.assessedOn(), (a, b) -> a.isAfter(b) ? a : b));
        Map<List<String>, Double> out = new HashMap<>();
        Map<List<String>, LocalDate> when = new HashMap<>();
        for (MaturityIndexRow r : rows) {
            List<String> key = List.of(r.municipalityCode(), r.sector());
            LocalDate d = dates.get(r.roundId());
            if (!when.containsKey(key) || d.isAfter(when.get(key))) {
                when.put(key, d);
                out.put(key, r.index());
            }
        }
        return out;
    }
}
