package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.reference.ReferenceData;
import fi.kuntadigi.catalog.Marts;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Residents' readiness for e-services per municipality (today's borders): the share of positive
 * answers to the readiness items of the residents' survey, post-stratified to the municipality's age
 * structure. A municipality gets its own figure only when every age band's share of every readiness item is
 * published in survey_results (then the figure is a function of published figures and discloses nothing
 * more); otherwise, and with fewer respondents than the threshold, it gets the region's figure. The region's
 * figure is post-stratified likewise when its band shares are published, else its raw share.
 *
 * @param byMunicipality readiness 0-1 per municipality with enough respondents
 * @param region         the region's readiness, post-stratified to the region's age structure
 */
public record Readiness(Map<String, Double> byMunicipality, double region) {

    public static final String RESIDENT = "resident";

    public double of(String municipalityCode) {
        return byMunicipality.getOrDefault(municipalityCode, region);
    }

    /**
     * @param poststratifiable per question id, the areas (municipality codes, {@code REGION}) whose band shares
     *                         are all published
     */
    public static Readiness compute(List<SurveyQuestion> questions, List<SurveyResponse> responses, ReferenceData ref,
                                    int minRespondents, Map<String, Set<String>> poststratifiable) {
        Map<String, SurveyQuestion> items = new HashMap<>();
        questions.stream().filter(SurveyQuestion::readinessItem).forEach(q -> items.put(q.id(), q));
        Map<String, Map<String, AnswerSummary>> byArea = new HashMap<>();
        Map<String, Set<String>> respondents = new HashMap<>();
        Set<String> used = new HashSet<>();
        Map<String, AnswerSummary> region = new HashMap<>();
        int year = 0;
        for (SurveyResponse r : responses) {
            SurveyQuestion q = items.get(r.questionId());
            if (q == null || !RESIDENT.equals(r.respondentGroup())) {
                continue;
            }
            String area = ref.currentCode(r.municipalityCode());
            boolean positive = q.isPositive(r.answer());
            used.add(q.id());
            byArea.computeIfAbsent(area, k -> new HashMap<>()).computeIfAbsent(r.ageBand(), k -> new AnswerSummary())
                    .add(r.answer(), positive);
            region.computeIfAbsent(r.ageBand(), k -> new AnswerSummary()).add(r.answer(), positive);
            respondents.computeIfAbsent(area, k -> new HashSet<>()).add(r.surveyId() + "/" + r.respondentId());
            year = Math.max(year, r.respondedOn().getYear());
        }
        Map<String, Double> out = new HashMap<>();
        Map<String, Integer> regionPopulation = new HashMap<>();
        for (Map.Entry<String, Map<String, AnswerSummary>> e : byArea.entrySet()) {
            Map<String, Integer> pop = ref.populationByAge(e.getKey(), year);
            pop.forEach((band, n) -> regionPopulation.merge(band, n, Integer::sum));
            if (respondents.get(e.getKey()).size() >= minRespondents && published(used, e.getKey(), poststratifiable)) {
                Double v = PostStratification.estimate(e.getValue(), pop, AnswerSummary::share);
                if (v != null) {
                    out.put(e.getKey(), v);
                }
            }
        }
        Double r = published(used, Marts.REGION, poststratifiable)
                ? PostStratification.estimate(region, regionPopulation, AnswerSummary::share) : rawShare(region);
        return new Readiness(Map.copyOf(out), r == null ? 0 : r);
    }

    private static boolean published(Set<String> items, String area, Map<String, Set<String>> poststratifiable) {
        return items.stream().allMatch(q -> poststratifiable.getOrDefault(q, Set.of()).contains(area));
    }

    private static Double rawShare(Map<String, AnswerSummary> byBand) {
        long n = byBand.values().stream().mapToLong(AnswerSummary::n).sum();
        long positives = byBand.values().stream().mapToLong(AnswerSummary::positives).sum();
        return n == 0 ? null : (double) positives / n;
    }
}
