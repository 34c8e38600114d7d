package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Survey marts (results and answer distributions, suppressed) and the readiness the potential uses. */
public final class SurveysJob implements MartJob {

    @Override
    public String feature() {
        return "surveys";
    }

    @Override
    public Set<Class<?>> shares() {
        return Set.of(Readiness.class);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        List<SurveyQuestion> questions = ctx.inputs().collect(Datasets.SURVEY_QUESTIONS).stream()
                .map(r -> new SurveyQuestion(r.getAs("survey_id"), r.getAs("question_id"), r.getAs("text_fi"),
                        r.getAs("text_en"), Swedish.or(r.getAs("text_sv"), r.getAs("text_fi")), r.getAs("answer_type"), r.<Boolean>getAs("readiness_item")))
                .toList();
        List<SurveyResponse> responses = ctx.inputs().collect(Datasets.SURVEY_RESPONSES).stream()
                .map(r -> new SurveyResponse(r.getAs("survey_id"), r.getAs("respondent_id"), r.getAs("municipality_code"),
                        (LocalDate) r.getAs("responded_on"), r.getAs("age_band"), r.getAs("respondent_group"),
                        r.getAs("question_id"), r.<Integer>getAs("answer")))
                .toList();
        int threshold = ctx.config().surveys().suppressionThreshold();
        SurveyTables.Output out = SurveyTables.compute(questions, responses, ctx.reference(), ctx.config().surveys());
        ctx.share(Readiness.class, Readiness.compute(questions, responses, ctx.reference(), threshold,
                out.poststratifiable()));
        return List.of(MartTable.of(Marts.SURVEY_RESULTS, out.results()),
                MartTable.of(Marts.SURVEY_DISTRIBUTION, out.distribution()));
    }
}
