package fi.kuntadigi.analytics.pilots;

import java.time.LocalDate;

/** Submissions of one e-form in one month. */
public record EformMonth(String municipalityCode, String formId, LocalDate month, int submissions, int identified,
                         int paid) {
}
