package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.common.Labels;
import fi.kuntadigi.analytics.config.SurveySettings;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.catalog.Marts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Survey statistics per question x area (municipality in today's borders, and the region) x age band
 * (and all ages): counts, positive shares with Wilson intervals, means with normal intervals,
 * post-stratified estimates, and the answer distribution — with small groups and their complements
 * suppressed.
 */
public final class SurveyTables {

    /** One cell of a question's table. */
    public record Cell(String area, String band) {
    }

    /** The rows of the survey_results and survey_distribution marts. */
    public record Output(List<Object[]> results, List<Object[]> distribution) {
    }

    private static final Comparator<Cell> ORDER = Comparator.comparing(Cell::area).thenComparing(Cell::band);

    private SurveyTables() {
    }

    public static Output compute(List<SurveyQuestion> questions, List<SurveyResponse> responses, ReferenceData ref,
                                 SurveySettings settings) {
        Map<String, List<SurveyResponse>> bySurvey = new TreeMap<>();
        responses.forEach(r -> bySurvey.computeIfAbsent(r.surveyId(), k -> new ArrayList<>()).add(r));
        List<Object[]> results = new ArrayList<>();
        List<Object[]> distribution = new ArrayList<>();
        for (SurveyQuestion q : questions) {
            List<SurveyResponse> survey = bySurvey.getOrDefault(q.surveyId(), List.of());
            if (survey.isEmpty()) {
                continue;
            }
            TreeSet<String> areas = new TreeSet<>();
            TreeSet<String> bands = new TreeSet<>();
            int year = 0;
            for (SurveyResponse r : survey) {
                areas.add(ref.currentCode(r.municipalityCode()));
                bands.add(r.ageBand());
                year = Math.max(year, r.respondedOn().getYear());
            }
            Map<Cell, AnswerSummary> cells = new LinkedHashMap<>();
            for (String area : withRegion(areas)) {
                for (String band : withAll(bands)) {
                    cells.put(new Cell(area, band), new AnswerSummary());
                }
            }
            for (SurveyResponse r : survey) {
                if (!r.questionId().equals(q.id())) {
                    continue;
                }
                String area = ref.currentCode(r.municipalityCode());
                boolean positive = q.isPositive(r.answer());
                for (String a : List.of(area, Marts.REGION)) {
                    for (String b : List.of(r.ageBand(), Marts.ALL_AGES)) {
                        cells.get(new Cell(a, b)).add(r.answer(), positive);
                    }
                }
            }
            Map<Cell, String> suppressed = suppress(cells, areas, bands, settings.suppressionThreshold());
            Map<String, Map<String, Integer>> population = population(areas, bands, year, ref);
            for (Map.Entry<Cell, AnswerSummary> e : cells.entrySet()) {
                Cell cell = e.getKey();
                Double[] ps = poststratified(cell, cells, suppressed, bands, population.get(cell.area()));
                results.add(resultRow(q, cell, e.getValue(), suppressed.get(cell), ps, ref, settings.z()));
                if (cell.band().equals(Marts.ALL_AGES)) {
                    distribution.addAll(distributionRows(q, cell, e.getValue(), suppressed.containsKey(cell), ref));
                }
            }
        }
        return new Output(results, distribution);
    }

    private static List<String> withRegion(TreeSet<String> areas) {
        List<String> out = new ArrayList<>(areas);
        out.add(Marts.REGION);
        return out;
    }

    private static List<String> withAll(TreeSet<String> bands) {
        List<String> out = new ArrayList<>(bands);
        out.add(Marts.ALL_AGES);
        return out;
    }

    /** Relations: each area's bands add up to its all-ages cell; each band's areas add up to the region's. */
    static Map<Cell, String> suppress(Map<Cell, AnswerSummary> cells, TreeSet<String> areas, TreeSet<String> bands,
                                      int threshold) {
        Map<Cell, Long> counts = new HashMap<>();
        cells.forEach((k, v) -> counts.put(k, v.n()));
        List<CellSuppression.Relation<Cell>> relations = new ArrayList<>();
        for (String area : withRegion(areas)) {
            relations.add(new CellSuppression.Relation<>(new Cell(area, Marts.ALL_AGES),
                    bands.stream().map(b -> new Cell(area, b)).toList()));
        }
        for (String band : withAll(bands)) {
            relations.add(new CellSuppression.Relation<>(new Cell(Marts.REGION, band),
                    areas.stream().map(a -> new Cell(a, band)).toList()));
        }
        return new CellSuppression<>(counts, relations, ORDER).suppress(threshold);
    }

    private static Map<String, Map<String, Integer>> population(TreeSet<String> areas, TreeSet<String> bands, int year,
                                                                ReferenceData ref) {
        Map<String, Map<String, Integer>> out = new HashMap<>();
        Map<String, Integer> region = new HashMap<>();
        for (String area : areas) {
            Map<String, Integer> p = ref.populationByAge(area, year);
            out.put(area, p);
            p.forEach((band, n) -> region.merge(band, n, Integer::sum));
        }
        out.put(Marts.REGION, region);
        return out;
    }

    /**
     * Post-stratified {share, mean} of an all-ages cell; null when any band cell of the area is withheld
     * (the weighted figure together with the raw one would let a withheld band be solved for).
     */
    private static Double[] poststratified(Cell cell, Map<Cell, AnswerSummary> cells, Map<Cell, String> suppressed,
                                           TreeSet<String> bands, Map<String, Integer> population) {
        if (!cell.band().equals(Marts.ALL_AGES) || suppressed.containsKey(cell)) {
            return new Double[] {null, null};
        }
        Map<String, AnswerSummary> byBand = new LinkedHashMap<>();
        for (String b : bands) {
            Cell c = new Cell(cell.area(), b);
            if (suppressed.containsKey(c)) {
                return new Double[] {null, null};
            }
            byBand.put(b, cells.get(c));
        }
        return new Double[] {PostStratification.estimate(byBand, population, AnswerSummary::share),
                PostStratification.estimate(byBand, population, AnswerSummary::mean)};
    }

    private static Object[] area(String area, ReferenceData ref) {
        if (area.equals(Marts.REGION)) {
            return new Object[] {Marts.REGION, Labels.REGION.fi(), Labels.REGION.en()};
        }
        String name = ref.nameFi(area);
        return new Object[] {area, name, name};
    }

    private static Object[] resultRow(SurveyQuestion q, Cell cell, AnswerSummary s, String reason, Double[] ps,
                                      ReferenceData ref, double z) {
        Object[] a = area(cell.area(), ref);
        boolean hidden = reason != null || s.n() == 0;
        Double share = hidden ? null : s.share();
        double[] wilson = hidden ? null : Wilson.interval(s.positives(), s.n(), z);
        Double mean = hidden ? null : s.mean();
        double half = hidden ? 0 : z * s.sd() / Math.sqrt(s.n());
        return new Object[] {q.surveyId(), q.id(), q.textFi(), q.textEn(), q.answerType(), a[0], a[1], a[2],
                cell.band(), reason != null, reason, reason != null ? null : s.n(), share,
                hidden ? null : wilson[0], hidden ? null : wilson[1], mean, hidden ? null : mean - half,
                hidden ? null : mean + half, ps[0], ps[1]};
    }

    private static List<Object[]> distributionRows(SurveyQuestion q, Cell cell, AnswerSummary s, boolean suppressed,
                                                   ReferenceData ref) {
        Object[] a = area(cell.area(), ref);
        List<Integer> values = "yes_no".equals(q.answerType()) ? List.of(0, 1) : List.of(1, 2, 3, 4, 5);
        Map<Integer, Long> counts = s.byValue();
        List<Object[]> rows = new ArrayList<>();
        for (int v : values) {
            long count = counts.getOrDefault(v, 0L);
            boolean hidden = suppressed || s.n() == 0;
            rows.add(new Object[] {q.surveyId(), q.id(), a[0], a[1], a[2], v, suppressed, hidden ? null : count,
                    hidden ? null : (double) count / s.n()});
        }
        return rows;
    }
}
