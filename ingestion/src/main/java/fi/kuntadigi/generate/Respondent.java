package fi.kuntadigi.generate;

import java.time.LocalDate;

/**
 * One synthetic survey respondent.
 *
 * @param id           respondent key, unique within the survey
 * @param municipality the respondent's municipality
 * @param respondedOn  day of the answer
 * @param ageBand      age band of the contract
 * @param group        resident, staff or official
 */
record Respondent(String id, Municipality municipality, LocalDate respondedOn, String ageBand, String group) {

    /** 0 for 18-29 up to 4 for 75+ (the answer models' age step). */
    int ageStep() {
        return Math.max(0, AgeBands.BANDS.indexOf(ageBand) - 1);
    }
}
