package fi.kuntadigi.ingestion.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small, complete datasets folder for tests: three municipalities (Honkajoki merged into
 * Kankaanpää on 2021-01-01), two services, all channels and a few rows of every source kind.
 * Figures are small so tests can assert them by hand.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path minimal(Path dir) throws IOException {
        csv(dir, "municipalities/municipalities.csv", """
                municipality_code,name_fi,name_sv,region,valid_from,valid_to,successor_code,note,synthetic
                214,Kankaanpää,Kankaanpää,Pohjois-Satakunta,1900-01-01,,,,false
                099,Honkajoki,Honkajoki,Pohjois-Satakunta,1900-01-01,2020-12-31,214,merged 2021-01-01,false
                747,Siikainen,Siikais,Pohjois-Satakunta,1900-01-01,,,,false
                """);
        csv(dir, "population/population.csv", """
                municipality_code,year,population,estimated,source
                214,2018,11471,false,application
                099,2018,1666,false,application
                747,2018,1458,false,application
                """);
        csv(dir, "population_by_age/population_by_age.csv", """
                municipality_code,year,age_band,population,estimated,source
                747,2018,0-17,200,true,estimate
                747,2018,75+,258,true,estimate
                """);
        csv(dir, "services/services.csv", """
                service_code,ptv_class,name_fi,name_en,name_sv,sector,statutory,legal_basis,identification_required,default_handling_minutes
                building_permit,P11.2,Rakennuslupa,Building permit,Bygglov,technical,true,Maankäyttö- ja rakennuslaki,true,45
                library_card,P27.3,Kirjastokortti,Library card,Bibliotekskort,leisure_culture,false,,false,5
                """);
        csv(dir, "channels/channels.csv", """
                channel_code,name_fi,name_en,digital,unit_cost_cents,cost_source
                paper,Paperi,Paper,false,1200,estimate
                phone,Puhelin,Phone,false,326,Socitm 2011
                face_to_face,Käynti,Face to face,false,993,Socitm 2011
                email,Sähköposti,E-mail,false,500,estimate
                web_form,Verkkolomake,Web form,true,17,Socitm 2011
                eservice_identified,Tunnistautuva asiointi,Identified e-service,true,17,estimate
                chat,Chat,Chat,true,300,estimate
                """);
        csv(dir, "maturity_model/maturity_model.csv", """
                model_id,dimension_id,name_fi,name_en,weight,levels,source
                suomidigi,strategy,Strategia,Strategy,1,5,Suomidigi
                suomidigi,technology,Teknologia,Technology,1,5,Suomidigi
                """);
        csv(dir, "pilots/pilots.csv", """
                pilot_id,name_fi,name_en,vendor,start_date,end_date
                feedback,Palautepalvelu,Feedback service,Trimble Feedback,2021-04-01,2021-09-30
                chat,Chat,Web chat,Smilee,2021-05-01,2021-10-31
                """);
        csv(dir, "survey_questions/survey_questions.csv", """
                survey_id,question_id,text_fi,text_en,answer_type,readiness_item
                residents_2021,r01,Asioin mielelläni verkossa,I like to use e-services,likert5,true
                residents_2021,r02,Osaan tunnistautua Suomi.fi:ssä,I can identify with Suomi.fi,yes_no,true
                """);
        csv(dir, "solutions/solutions.csv", """
                solution_id,name_fi,name_en,service_codes,one_off_cents,yearly_cents,shared_one_off_cents,shared_yearly_cents,source
                permits,Lupapalvelu,Permit service,building_permit,500000,600000,800000,1500000,estimate
                library,Verkkokirjasto,Online library,library_card,100000,100000,100000,200000,estimate
                """);
        csv(dir, "transactions/214.csv", """
                municipality_code,service_code,channel_code,month,year,transactions,handling_minutes,synthetic
                214,building_permit,paper,2021-01-01,2021,10,450,true
                214,building_permit,eservice_identified,2021-01-01,2021,5,25.5,true
                214,library_card,face_to_face,2021-02-01,2021,30,150,true
                099,building_permit,paper,2020-12-01,2020,2,90,true
                """);
        csv(dir, "pilot_participation/pilot_participation.csv", """
                pilot_id,municipality_code,start_date,end_date,continued,note_fi
                feedback,214,2021-04-01,2021-09-30,false,
                chat,214,2021-05-01,2021-10-31,false,noin puoleen vastattiin
                """);
        csv(dir, "feedback_items/feedback_items.csv", """
                item_id,municipality_code,channel,received_at,answered_at,category,latitude,longitude,synthetic
                f1,214,map_service,2021-04-06 09:00:00,2021-04-07 10:00:00,streets,61.80,22.39,true
                f2,747,map_service,2021-04-08 12:00:00,,parks,61.88,21.82,true
                """);
        csv(dir, "chat_sessions/chat_sessions.csv", """
                session_id,municipality_code,started_at,answered,wait_seconds,synthetic
                c1,214,2021-05-03 10:00:00,true,40,true
                c2,214,2021-05-03 10:05:00,false,,true
                """);
        csv(dir, "eform_submissions/eform_submissions.csv", """
                municipality_code,form_id,form_name_fi,month,submissions,identified_submissions,paid_submissions,synthetic
                214,digituki,Digitukipäivän ilmoittautuminen,2021-09-01,12,0,0,true
                """);
        csv(dir, "digital_support_events/digital_support_events.csv", """
                event_id,municipality_code,event_date,participants,participants_65_plus,synthetic
                d1,214,2021-09-15,6,6,true
                d2,747,2021-10-06,4,4,true
                """);
        xlsx(dir, "survey_responses/residents_2021.xlsx", List.of(
                List.of("Vastaajan tunnus", "Kunta", "Vastauspäivä", "Ikäryhmä", "Vastaajaryhmä", "Asioin mielelläni verkossa",
                        "Osaan tunnistautua Suomi.fi:ssä", "synthetic"),
                List.of("1", "Kankaanpää", "15.3.2021", "30-44", "resident", 4, 1, "true"),
                List.of("2", "Siikainen", "16.3.2021", "75+", "resident", 2, "", "true")));
        csv(dir, "mappings/survey_responses.properties", """
                Vastaajan\\ tunnus = respondent_id
                Kunta = municipality_code
                Vastauspäivä = responded_on
                Ikäryhmä = age_band
                Vastaajaryhmä = respondent_group
                Asioin\\ mielelläni\\ verkossa = r01
                Osaan\\ tunnistautua\\ Suomi.fi\\:ssä = r02
                """);
        csv(dir, "maturity_scores/maturity_scores.csv", """
                round_id,assessed_on,municipality_code,sector,dimension_id,level,target_level,synthetic
                2021-start,2021-02-15,214,general_administration,strategy,2,3,true
                2021-end,2021-11-15,214,general_administration,strategy,2.5,3,true
                """);
        csv(dir, "cost_lines/cost_lines.csv", """
                document,kind,category,item,amount_cents
                application_2019,budget,personnel,,12000000
                final_report_2021,actual,purchased_services,,5162400
                final_report_2021,actual,purchased_services,ICT-palvelut,745400
                """);
        csv(dir, "stated_totals/stated_totals.csv", """
                document,total_id,amount_cents,note
                application_2019,total_costs,15500000,kohta 24 f
                """);
        csv(dir, "funding_split/funding_split.csv", """
                document,municipality_code,population,stated_share_cents
                application_2019,214,11471,1273281
                application_2019,099,1666,184926
                """);
        csv(dir, "roadmap_actions/roadmap_actions.csv", """
                action_id,owner,title_fi,title_en,category,origin,depends_on,effort_person_days,cost_cents,is_pilot,earliest_quarter,legal_basis
                kan-suomifi,214,Suomi.fi-tunnistus käyttöön,Adopt Suomi.fi identification,suomifi,legal_obligation,,10,0,false,2022Q1,Laki 306/2019
                kan-eforms,214,Tunnistautuvat lomakkeet,Identified e-forms,eservice,final_report_s8,kan-suomifi,20,300000,true,,
                joint-webropol,JOINT,Yhteinen Webropol,Shared Webropol,eservice,final_report_s8,,5,0,false,,
                """);
        csv(dir, "roadmap_status/roadmap_status.csv", """
                action_id,reported_on,status,note
                kan-suomifi,2021-11-30,planned,
                """);
        return dir;
    }

    /** Writes a text file in UTF-8, creating folders. */
    public static Path csv(Path dir, String relative, String content) throws IOException {
        return write(dir, relative, content, StandardCharsets.UTF_8);
    }

    public static Path write(Path dir, String relative, String content, Charset charset) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, charset);
        return file;
    }

    /** Writes a one-sheet XLSX; numbers become numeric cells, everything else text. */
    public static Path xlsx(Path dir, String relative, List<List<Object>> rows) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Vastaukset");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(v));
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }
}
