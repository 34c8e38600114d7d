package fi.kuntadigi.analytics.config;

/**
 * Thresholds of the pilots' continue/stop signals: a municipality's value at or above the threshold
 * signals continue.
 *
 * @param responseWorkingDays           "in time" = answered within this many Finnish working days
 * @param feedbackItemsPer1000          feedback items during the pilot per 1 000 inhabitants
 * @param chatAnswerRate                answered chats / all chats
 * @param eformSubmissionsPerMonth      e-form submissions per month
 * @param supportParticipantsPerEvent   customers per digital-support day
 */
public record PilotThresholds(int responseWorkingDays, double feedbackItemsPer1000, double chatAnswerRate,
                              double eformSubmissionsPerMonth, double supportParticipantsPerEvent) {

    static PilotThresholds from(Settings s) {
        return new PilotThresholds(s.integer("pilots.response_working_days", 3),
                s.decimal("pilots.feedback.min_items_per_1000", 5), s.decimal("pilots.chat.min_answer_rate", 0.8),
                s.decimal("pilots.eforms.min_submissions_per_month", 10),
                s.decimal("pilots.digital_support.min_participants_per_event", 3));
    }
}
