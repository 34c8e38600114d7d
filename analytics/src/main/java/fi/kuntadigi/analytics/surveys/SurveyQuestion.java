package fi.kuntadigi.analytics.surveys;

/** A survey question; {@code answerType} likert5 or yes_no. */
public record SurveyQuestion(String surveyId, String id, String textFi, String textEn, String textSv, String answerType,
                             boolean readinessItem) {

    /** Yes (1) on a yes/no question, agree (4 or 5) on a 1-5 scale. */
    public boolean isPositive(int answer) {
        return "yes_no".equals(answerType) ? answer == 1 : answer >= 4;
    }
}
