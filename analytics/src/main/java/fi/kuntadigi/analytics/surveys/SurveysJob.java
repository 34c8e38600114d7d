package fi.kuntadigi.analytics.surveys;

import fi.kuntadigi.analytics.reference.Swedish;
import fi.kuntadigi.analytics.run.AnalysisContext;
import fi.kuntadigi.analytics.run.MartJob;
import fi.kuntadigi.analytics.run.MartTable;
import fi.kuntadigi.catalog.DatasetSchema;
import fi.kuntadigi.catalog.Datasets;
import fi.kuntadigi.catalog.Marts;
import java.util.List;
import java.util.Set;

/** Survey marts (results and answer distributions, suppressed) and the readiness the potential uses. */
public final class SurveysJob implements MartJob {

    @Override
    public String feature() {
        return "surveys";
    }

    @Override
    public Set<DatasetSchema> datasets() {
        return Set.of(Datasets.SURVEY_QUESTIONS, Datasets.SURVEY_RESPONSES);
    }

    @Override
    public Set<Class<?>> shares() {
        return Set.of(Readiness.class);
    }

    @Override
    public List<MartTable> compute(AnalysisContext ctx) {
        List<SurveyQuestion> questions = ctx.collect(Datasets.SURVEY_QUESTIONS).stream()
                .map(r -> new SurveyQuestion(r.string("survey_id"), r.string("question_id"), r.string("text_fi"),
                        r.string("text_en"), Swedish.or(r.string("text_sv"), r.string("text_fi")), r.string("answer_type"),
                        r.bool("readiness_item")))
                .toList();
        List<SurveyResponse> responses = ctx.collect(Datasets.SURVEY_RESPONSES).stream()
                .map(r -> new SurveyResponse(r.string("survey_id"), r.string("respondent_id"), r.string("municipality_code"),
                        r.date("responded_on"), r.string("age_band"), r.string("respondent_group"),
                        r.string("question_id"), r.integer("answer")))
                .toList();
        int threshold = ctx.config().surveys().suppressionThreshold();
        SurveyTables.Output out = SurveyTables.compute(questions, responses, ctx.reference(), ctx.config().surveys());
        ctx.share(Readiness.class, Readiness.compute(questions, responses, ctx.reference(), threshold,
                out.poststratifiable()));
        return List.of(MartTable.of(Marts.SURVEY_RESULTS, out.results()),
                MartTable.of(Marts.SURVEY_DISTRIBUTION, out.distribution()));
    }
}
