package fi.kuntadigi.analytics.surveys;

import java.time.LocalDate;

/** One answer of one respondent to one question. */
public record SurveyResponse(String surveyId, String respondentId, String municipalityCode, LocalDate respondedOn,
                             String ageBand, String respondentGroup, String questionId, int answer) {
}
