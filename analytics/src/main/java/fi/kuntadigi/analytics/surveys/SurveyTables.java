package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.catalog.Labels;
import fi.kuntadigi.analytics.config.SurveySettings;
import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.analytics.run.MartRow;
import fi.kuntadigi.catalog.Marts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;

/**
 * Survey statistics per question x area (municipality in today's borders, and the region) x age band
 * (and all ages): counts, positive shares with Wilson intervals, means with normal intervals,
 * post-stratified estimates, and the answer distribution — published only where {@link QuestionDisclosure}
 * allows (methodology §4.2).
 */
public final class SurveyTables {

    /** One cell of a question's table. */
    public record Cell(String area, String band) {
    }

    /**
     * The rows of the survey_results and survey_distribution marts, and per question the areas whose band
     * shares are all published (a post-stratified figure of those adds nothing to what is published).
     */
    public record Output(List<MartRow> results, List<MartRow> distribution, Map<String, Set<String>> poststratifiable) {
    }

    /** The one reason of every withheld figure: it does not tell a small group from a complement. */
    public static final String WITHHELD = "disclosure_control";

    private SurveyTables() {
    }

    public static Output compute(List<SurveyQuestion> questions, List<SurveyResponse> responses, ReferenceData ref,
                                 SurveySettings settings) {
        Map<String, List<SurveyResponse>> bySurvey = new TreeMap<>();
        responses.forEach(r -> bySurvey.computeIfAbsent(r.surveyId(), k -> new ArrayList<>()).add(r));
        List<MartRow> results = new ArrayList<>();
        List<MartRow> distribution = new ArrayList<>();
        Map<String, Set<String>> poststratifiable = new HashMap<>();
        for (SurveyQuestion q : questions) {
            List<SurveyResponse> survey = bySurvey.getOrDefault(q.surveyId(), List.of());
            if (survey.isEmpty()) {
                continue;
            }
            TreeSet<String> areaSet = new TreeSet<>();
            TreeSet<String> bandSet = new TreeSet<>();
            int year = 0;
            for (SurveyResponse r : survey) {
                areaSet.add(ref.currentCode(r.municipalityCode()));
                bandSet.add(r.ageBand());
                year = Math.max(year, r.respondedOn().getYear());
            }
            List<String> areas = withRegion(areaSet);
            List<String> bands = withAll(bandSet);
            Map<Cell, AnswerSummary> cells = new LinkedHashMap<>();
            for (String area : areas) {
                for (String band : bands) {
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
            List<Integer> values = answerValues(q);
            QuestionDisclosure.Published published = disclose(q, cells, areaSet, bandSet, values,
                    settings.suppressionThreshold());
            Map<String, Map<String, Integer>> population = population(areaSet, year, ref);
            Set<String> derivable = new HashSet<>();
            for (int a = 0; a < areas.size(); a++) {
                boolean bandsPublished = published.allBandSharesPublished(a);
                boolean valuesPublished = allTrue(published.distribution()[a]);
                if (bandsPublished) {
                    derivable.add(areas.get(a));
                }
                for (int b = 0; b < bands.size(); b++) {
                    Cell cell = new Cell(areas.get(a), bands.get(b));
                    boolean all = b == bands.size() - 1;
                    Shown shown = new Shown(published.count()[a][b], published.share()[a][b], all && valuesPublished,
                            all && bandsPublished, all && bandsPublished && valuesPublished);
                    results.add(resultRow(q, cell, cells, bandSet, population.get(cell.area()), shown, ref,
                            settings.z()));
                }
                distribution.addAll(distributionRows(q, areas.get(a), cells.get(new Cell(areas.get(a), Marts.ALL_AGES)),
                        values, published.distribution()[a], ref));
            }
            poststratifiable.put(q.id(), Set.copyOf(derivable));
        }
        return new Output(results, distribution, Map.copyOf(poststratifiable));
    }

    /** Which figures of a row are shown: the count, the share, the mean, the post-stratified share and mean. */
    private record Shown(boolean count, boolean share, boolean mean, boolean poststratifiedShare,
                         boolean poststratifiedMean) {
    }

    private static boolean allTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (!f) {
                return false;
            }
        }
        return true;
    }

    static List<Integer> answerValues(SurveyQuestion q) {
        return "yes_no".equals(q.answerType()) ? List.of(0, 1) : List.of(1, 2, 3, 4, 5);
    }

    private static QuestionDisclosure.Published disclose(SurveyQuestion q, Map<Cell, AnswerSummary> cells,
                                                         TreeSet<String> areas, TreeSet<String> bands,
                                                         List<Integer> values, int threshold) {
        List<String> a = List.copyOf(areas);
        List<String> b = List.copyOf(bands);
        long[][][] counts = new long[a.size()][b.size()][values.size()];
        for (int m = 0; m < a.size(); m++) {
            for (int j = 0; j < b.size(); j++) {
                Map<Integer, Long> byValue = cells.get(new Cell(a.get(m), b.get(j))).byValue();
                for (int v = 0; v < values.size(); v++) {
                    counts[m][j][v] = byValue.getOrDefault(values.get(v), 0L);
                }
            }
        }
        return new QuestionDisclosure(counts, v -> q.isPositive(values.get(v)), threshold).decide();
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

    private static Map<String, Map<String, Integer>> population(TreeSet<String> areas, int year, ReferenceData ref) {
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

    private static Double poststratified(Cell cell, Map<Cell, AnswerSummary> cells, TreeSet<String> bands,
                                         Map<String, Integer> population, ToDoubleFunction<AnswerSummary> estimate) {
        Map<String, AnswerSummary> byBand = new LinkedHashMap<>();
        for (String b : bands) {
            byBand.put(b, cells.get(new Cell(cell.area(), b)));
        }
        return PostStratification.estimate(byBand, population, estimate);
    }

    /** The area columns: a municipality, or the whole region. */
    private static Map<String, Object> area(String area, ReferenceData ref) {
        Labels.Label name = area.equals(Marts.REGION) ? Labels.REGION : ref.name(area);
        Map<String, Object> columns = new LinkedHashMap<>();
        columns.put("area_code", area);
        columns.put("area_name_fi", name.fi());
        columns.put("area_name_en", name.en());
        columns.put("area_name_sv", name.sv());
        return columns;
    }

    private static MartRow resultRow(SurveyQuestion q, Cell cell, Map<Cell, AnswerSummary> cells, TreeSet<String> bands,
                                      Map<String, Integer> population, Shown shown, ReferenceData ref, double z) {
        AnswerSummary s = cells.get(cell);
        boolean suppressed = !shown.count() || !shown.share();
        double[] wilson = shown.share() ? Wilson.interval(s.positives(), s.n(), z) : null;
        boolean mean = shown.mean();
        double half = mean ? z * s.sd() / Math.sqrt(s.n()) : 0;
        return MartRow.of(Marts.SURVEY_RESULTS)
                .set("survey_id", q.surveyId())
                .set("question_id", q.id())
                .set("question_fi", q.textFi())
                .set("question_en", q.textEn())
                .set("question_sv", q.textSv())
                .set("answer_type", q.answerType())
                .set(area(cell.area(), ref))
                .set("age_band", cell.band())
                .set("suppressed", suppressed)
                .set("suppression_reason", suppressed ? WITHHELD : null)
                .set("answers", shown.count() ? s.n() : null)
                .set("positive_share", shown.share() ? s.share() : null)
                .set("positive_ci_low", shown.share() ? wilson[0] : null)
                .set("positive_ci_high", shown.share() ? wilson[1] : null)
                .set("mean", mean ? s.mean() : null)
                .set("mean_ci_low", mean ? s.mean() - half : null)
                .set("mean_ci_high", mean ? s.mean() + half : null)
                .set("poststratified_share", shown.poststratifiedShare()
                        ? poststratified(cell, cells, bands, population, AnswerSummary::share) : null)
                .set("poststratified_mean", shown.poststratifiedMean()
                        ? poststratified(cell, cells, bands, population, AnswerSummary::mean) : null);
    }

    private static List<MartRow> distributionRows(SurveyQuestion q, String area, AnswerSummary s, List<Integer> values,
                                                  boolean[] published, ReferenceData ref) {
        Map<String, Object> a = area(area, ref);
        Map<Integer, Long> counts = s.byValue();
        List<MartRow> rows = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            long count = counts.getOrDefault(values.get(i), 0L);
            boolean shown = published[i];
            rows.add(MartRow.of(Marts.SURVEY_DISTRIBUTION)
                    .set("survey_id", q.surveyId())
                    .set("question_id", q.id())
                    .set(a)
                    .set("answer", values.get(i))
                    .set("suppressed", !shown)
                    .set("count", shown ? count : null)
                    .set("share", shown ? (double) count / s.n() : null));
        }
        return rows;
    }
}
