package fi.kuntadigi.generate;

import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A survey question with the answer model of the synthetic respondents: for a Likert question the mean
 * answer, for a yes/no question the chance of yes, is {@code base + perAgeStep x age step} (age step 0 for
 * 18-29 up to 4 for 75+), so younger respondents are more ready for e-services.
 *
 * @param surveyId   survey key
 * @param questionId question key
 * @param textFi     question text, also the header of the wide export
 * @param likert     true for a 1-5 scale, false for yes (1) / no (0)
 * @param base       mean answer or chance of yes for the youngest band
 * @param perAgeStep change per age step
 */
record SurveyQuestion(String surveyId, String questionId, String textFi, boolean likert, double base,
                      double perAgeStep) {

    private static final double LIKERT_SPREAD = 0.9;

    static List<SurveyQuestion> load() {
        Map<String, NamedCsvRecord> models = RealData.assumption("survey_answer_models").stream()
                .collect(Collectors.toMap(r -> r.getField("question_id"), Function.identity()));
        return RealData.real("survey_questions").stream().map(r -> {
            NamedCsvRecord m = models.get(r.getField("question_id"));
            return new SurveyQuestion(r.getField("survey_id"), r.getField("question_id"), r.getField("text_fi"),
                    r.getField("answer_type").equals("likert5"), Double.parseDouble(m.getField("base")),
                    Double.parseDouble(m.getField("per_age_step")));
        }).toList();
    }

    /** An answer of a respondent in the given age step. */
    int answer(int ageStep, SplittableRandom random) {
        double centre = base + perAgeStep * ageStep;
        if (likert) {
            long value = Math.round(centre + LIKERT_SPREAD * Draws.gaussian(random));
            return (int) Math.max(1, Math.min(5, value));
        }
        return random.nextDouble() < centre ? 1 : 0;
    }
}
