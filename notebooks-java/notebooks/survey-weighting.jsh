// Survey weighting and suppression: raw vs age-weighted (post-stratified) shares, and which cells are withheld.
// Headless: bin/notebooks survey-weighting     Interactive: see notebooks-java/README.md
// Suppressed cells carry no value in the marts, and none is written here: only the flag and the reason.
import fi.kuntadigi.notebooks.*;
import tech.tablesaw.api.*;

var nb = Notebook.open("survey-weighting", "Kyselyt: painotus ja suojaus / Surveys: weighting and suppression");

// Every area and question over all ages: the raw share and the share weighted to the age structure.
var weighting = nb.marts().query("""
        SELECT survey_id, question_id, question_en, area_code, area_name_fi, suppressed, answers,
               round(positive_share, 4) AS positive_share, round(poststratified_share, 4) AS poststratified_share,
               round(poststratified_share - positive_share, 4) AS weighting_effect,
               round(positive_ci_low, 4) AS positive_ci_low, round(positive_ci_high, 4) AS positive_ci_high
        FROM {survey_results} WHERE age_band = 'all' ORDER BY survey_id, question_id, area_code""");
nb.report().csv("weighting", weighting);
var weighted = weighting.where(weighting.doubleColumn("poststratified_share").isNotMissing()
        .and(weighting.stringColumn("area_code").isEqualTo("REGION")));
System.out.println(weighted.print());
nb.report().text("Koko alueen osuudet painottamatta ja ikärakenteeseen painotettuna / Region: raw and age-weighted shares.");
nb.report().chart(Chart.of("Myönteisten osuus: raaka vs. painotettu / Positive share: raw vs weighted", "bar", weighted, "question_id", "positive_share", "poststratified_share"));

// The age bands per area: a withheld figure shows only the flag and reason, never a value.
var cells = nb.marts().query("""
        SELECT survey_id, question_id, area_code, area_name_fi, age_band, suppressed, suppression_reason,
               answers,
               CASE WHEN suppressed THEN NULL ELSE round(positive_share, 4) END AS positive_share
        FROM {survey_results} WHERE age_band <> 'all' ORDER BY survey_id, question_id, area_code, age_band""");
nb.report().csv("age_band_cells", cells);

// How much is withheld, per area: answer counts and shares (one reason for all, so it tells nothing about size).
var suppression = nb.marts().query("""
        SELECT area_code, any_value(area_name_fi) AS area_name_fi, count(*) AS cells,
               count(*) FILTER (WHERE answers IS NULL) AS answers_withheld,
               count(*) FILTER (WHERE positive_share IS NULL) AS shares_withheld,
               round(avg(suppressed::INT), 3) AS suppressed_share
        FROM {survey_results} GROUP BY area_code ORDER BY area_code""");
System.out.println(suppression.print());
nb.report().csv("suppression_by_area", suppression);
nb.report().chart(Chart.of("Suojatut solut alueittain / Withheld cells by area", "bar", suppression, "area_code", "answers_withheld", "shares_withheld"));

System.out.println("wrote " + nb.report().write());
